#!/usr/bin/env bash
# Every test: native (cargo test), the release build, the size budget, then
# Playwright specs in Chromium and the cross-browser flows in Firefox and WebKitGTK,
# all against dist/ under /briefing/. Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
log=$(mktemp -d)
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
failed_steps=()

step "native tests (cargo test --workspace: the app crate and briefing-core)"
cargo test --workspace --color never 2>&1 | tee "$log/cargo.txt"
[ "${PIPESTATUS[0]}" = 0 ] || failed_steps+=("cargo test")
native_passed=$(grep -oP 'test result: \w+\. \K\d+(?= passed)' "$log/cargo.txt" | awk '{s+=$1} END {print s+0}')
native_failed=$(grep -oP 'test result: \w+\. \d+ passed; \K\d+(?= failed)' "$log/cargo.txt" | awk '{s+=$1} END {print s+0}')

step "format and lints (cargo fmt --check, cargo clippy -D warnings, native and wasm)"
cargo fmt --all --check || failed_steps+=("cargo fmt")
cargo clippy --workspace --all-targets --color never -- -D warnings || failed_steps+=("clippy")
if [ -s .tools/wasm-env.sh ]; then
  echo "clippy for wasm32 skipped: the Debian rustc-web fallback ships no clippy"
else
  cargo clippy --target wasm32-unknown-unknown -p briefing-core -p briefing --lib --bin briefing --test web --color never -- -D warnings || failed_steps+=("clippy (wasm)")
  # The views module's code (Map, Actors, Narratives, Sources) is behind its feature.
  cargo clippy --target wasm32-unknown-unknown -p briefing --lib --bin briefing-views --features views-module --color never -- -D warnings || failed_steps+=("clippy (wasm, views module)")
  # The deep-link build (Actors, Narratives, Sources in the app) is behind its own.
  cargo clippy --target wasm32-unknown-unknown -p briefing --lib --bin briefing-deep --features views-in-app --color never -- -D warnings || failed_steps+=("clippy (wasm, deep-link build)")
fi

step "the DOM builder in headless Chromium (wasm-bindgen-test)"
(source .tools/wasm-env.sh && CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_WEBDRIVER_JSON=e2e/webdriver.json \
  cargo test --color never --target wasm32-unknown-unknown --test web) 2>&1 | tee "$log/web.txt"
[ "${PIPESTATUS[0]}" = 0 ] || failed_steps+=("wasm-bindgen-test")
web_passed=$(grep -oP 'test result: \w+\. \K\d+(?= passed)' "$log/web.txt" | awk '{s+=$1} END {print s+0}')
web_failed=$(grep -oP 'test result: \w+\. \d+ passed; \K\d+(?= failed)' "$log/web.txt" | awk '{s+=$1} END {print s+0}')

step "release build (make dist)"
if make --no-print-directory dist && make --no-print-directory dist DIST=dist-hostile BRIEFING_DATA=tests/fixtures/hostile.json; then
  step "size budget"
  node scripts/size.mjs dist || failed_steps+=("size budget")
  step "end-to-end specs (Playwright, headless Chromium)"
  (cd e2e && PLAYWRIGHT_JSON_OUTPUT_NAME="$log/e2e.json" npx playwright test --reporter=list,json) \
    || failed_steps+=("playwright")
  step "cross-browser flows (Firefox ESR over WebDriver BiDi, WebKitGTK over WebDriver)"
  (cd e2e && node xbrowser/run.mjs --json "$log/xb.json") || failed_steps+=("cross-browser")
else
  failed_steps+=("build")
fi
e2e_passed=0; e2e_failed=0
if [ -f "$log/e2e.json" ]; then
  read -r e2e_passed e2e_failed < <(node -e '
    const s = require(process.argv[1]).stats;
    console.log(s.expected + s.flaky, s.unexpected)' "$log/e2e.json")
fi

ff_passed=0; ff_failed=0; wk_passed=0; wk_failed=0
if [ -f "$log/xb.json" ]; then
  read -r ff_passed ff_failed wk_passed wk_failed < <(node -e '
    const r = require(process.argv[1]), n = (b, k) => (r[b] ? r[b][k] : 0);
    console.log(n("firefox", "passed"), n("firefox", "failed"), n("webkit", "passed"), n("webkit", "failed"))' "$log/xb.json")
fi

passed=$(( ${native_passed:-0} + ${web_passed:-0} + e2e_passed + ff_passed + wk_passed ))
failed=$(( ${native_failed:-0} + ${web_failed:-0} + e2e_failed + ff_failed + wk_failed ))
echo
echo "native: ${native_passed:-0} passed, ${native_failed:-0} failed; wasm-bindgen-test: ${web_passed:-0} passed, ${web_failed:-0} failed; chromium: $e2e_passed passed, $e2e_failed failed;" \
  "firefox: $ff_passed passed, $ff_failed failed; webkit: $wk_passed passed, $wk_failed failed"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  [ "$failed" -gt 0 ] || failed=1
fi
echo "$passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
