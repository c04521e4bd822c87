#!/usr/bin/env bash
# Cargo's runner for `cargo test --target wasm32-unknown-unknown` (.cargo/config.toml).
# The app is built without reference types (see there), but a test binary keeps its
# `target_features` section, which lists them (the precompiled std has them), so
# wasm-bindgen would expect an externref table the binary doesn't have. Dropping the
# section first lets wasm-bindgen read the binary as it is, as it reads the stripped app.
set -euo pipefail
wasm=$1; shift
out="${wasm%.wasm}.no-target-features.wasm"
wasm-opt --strip-target-features --strip-dwarf "$wasm" -o "$out"
exec wasm-bindgen-test-runner "$out" "$@"
