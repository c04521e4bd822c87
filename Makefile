# The two commands a new user needs: `make serve` and `make test`.
# Both install whatever is missing first (scripts/setup.sh), and both are safe to re-run.

SHELL := /bin/bash
DIST ?= dist
BRIEFING_DATA ?= data/briefing.json
export BRIEFING_DATA
# Tools: cargo's bin dir, and npm's binaryen wasm-opt (Debian's is too old).
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/e2e/node_modules/.bin:$(PATH)
WASM_ENV = source .tools/wasm-env.sh &&

.PHONY: setup serve dist test test-native test-e2e test-xbrowser shots lighthouse size bench profile-build map-data clean

setup:
	@bash scripts/setup.sh

## Runs the app at http://127.0.0.1:8080/ with live reload (trunk serve).
serve: setup
	@$(WASM_ENV) trunk serve

## Builds the static site into dist/ (the release build, size-optimised).
dist: setup
	@cargo run --quiet --bin dataset -- validate $(BRIEFING_DATA)
	@$(WASM_ENV) trunk build --release --dist $(DIST)

## Runs every test: native core tests, the size budget, Playwright in Chromium.
test: setup
	@bash scripts/test.sh

size:
	@node scripts/size.mjs $(DIST)

## The cross-browser flows alone (Firefox ESR, WebKitGTK) against an existing dist/.
test-xbrowser: setup
	@cd e2e && node xbrowser/run.mjs

## Screenshots of every view in Chromium, Firefox and WebKitGTK (e2e/xbrowser/shots/).
shots: setup
	@cd e2e && node xbrowser/shots.mjs

## Lighthouse (mobile) against dist/ served with brotli/gzip; not part of `make test`.
lighthouse: setup
	@bash scripts/lighthouse.sh

## Benchmarks (never fails on a slow machine): builds 1k/10k/100k datasets and measures.
bench: setup
	@bash scripts/bench.sh

## A release build that keeps symbol names (no wasm-opt), for twiggy and CPU profiles.
# Unstripped, the wasm keeps its target_features section, which says +reference-types
# (the precompiled std uses them): wasm-bindgen then runs its externref pass and fails
# ("failed to find `__wbindgen_externref_table_alloc`"), as the app is built without
# them (.cargo/config.toml). The release build's strip drops that section; here the
# linker writes it without reference-types. The flags repeat .cargo/config.toml's,
# which this variable replaces.
PROFILING_RUSTFLAGS = --cfg erase_components -C target-feature=-reference-types -C link-arg=--no-check-features \
	-C link-arg=--features=bulk-memory,bulk-memory-opt,multivalue,mutable-globals,nontrapping-fptoint,sign-ext
profile-build: setup
	@sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > index-profiling.html
	@$(WASM_ENV) CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(PROFILING_RUSTFLAGS)" trunk build --cargo-profile profiling \
		--dist bench/out/dist-profiling index-profiling.html; rc=$$?; rm -f index-profiling.html; exit $$rc

## One-off data preparation, not part of any build: rebuilds data/map/boundaries.txt from
## Natural Earth (tools go to a temporary folder; MAP_TOOLS=dir keeps them). Commit the result.
map-data:
	@bash scripts/prepare-map.sh

clean:
	rm -rf dist dist-hostile target bench/out
