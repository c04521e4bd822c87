#!/usr/bin/env bash
# Installs whatever the build and the tests need, and only what is missing.
# Safe to re-run. Prints progress. Writes .tools/wasm-env.sh, which the Makefile
# sources before every wasm build (empty when a normal wasm32 std is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
mkdir -p .tools
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then say "apt-get update"; $SUDO apt-get update -qq; apt_updated=1; fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# 1. A wasm32 standard library: the normal one if installed, else Debian's rustc-web + build-std.
wasm_std_installed() {
  local sysroot; sysroot=$(rustc --print sysroot 2>/dev/null) || return 1
  [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]
}
if wasm_std_installed; then
  say "wasm32 std: installed ($(rustc --version))"
  : > .tools/wasm-env.sh
elif command -v rustup >/dev/null && timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 && wasm_std_installed; then
  say "wasm32 std: added with rustup"
  : > .tools/wasm-env.sh
else
  say "wasm32 std: not available from rustup here; using Debian's rustc-web with build-std"
  if ! dpkg -s rustc-web cargo-web rust-web-src lld-19 >/dev/null 2>&1; then
    apt_install rustc-web cargo-web rust-web-src lld-19
  fi
  if ! rustup toolchain list | grep -q '^debian-web'; then
    rustup toolchain link debian-web /usr
  fi
  cat > .tools/wasm-env.sh <<'ENV'
export RUSTUP_TOOLCHAIN=debian-web
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
ENV
fi

# 2. Trunk.
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi
say "trunk: $(trunk --version)"

# 3. wasm-bindgen CLI, the same version as in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock 2>/dev/null || true)
[ -n "$WB_VERSION" ] || WB_VERSION=$(grep -oP 'wasm-bindgen = "=\K[0-9.]+' Cargo.toml)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force --quiet
fi
say "wasm-bindgen: $(wasm-bindgen --version)"

# 4. Node packages: Playwright, binaryen's wasm-opt, axe-core, puppeteer-core (for Firefox), terser (the JS glue).
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -d e2e/node_modules/@playwright/test ] \
   || [ ! -d e2e/node_modules/puppeteer-core ] || [ ! -d e2e/node_modules/terser ] || [ ! -f e2e/node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "npm ci in e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
say "wasm-opt: $(e2e/node_modules/.bin/wasm-opt --version)"

# 5. Chromium for Playwright (never Playwright's own browser download), and its
#    driver for the builder's wasm-bindgen tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi
say "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"

# 6. brotli, for the size budget.
if ! command -v brotli >/dev/null; then apt_install brotli; fi
# Java runs the Nu HTML checker (npm's vnu-jar) on the static pages (tests/static_site.rs).
if ! command -v java >/dev/null; then apt_install default-jre-headless; fi
# 7. rustfmt and clippy, which `make test` runs (rustup ships them; a minimal profile may not).
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  say "adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

# 8. The cross-browser suites (e2e/xbrowser): Firefox ESR (driven over WebDriver BiDi,
#    no geckodriver), WebKitGTK's WebDriver, Xvfb for its window, and the GObject
#    bindings that e2e/xbrowser/lib/webkit-host.py opens that window with.
xb=()
command -v firefox-esr >/dev/null || xb+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || xb+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || xb+=(xvfb)
/usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null || xb+=(python3-gi gir1.2-webkit2-4.1)
if [ ${#xb[@]} -gt 0 ]; then apt_install "${xb[@]}"; fi
say "firefox: $(firefox-esr --version 2>/dev/null || echo missing)"
say "webkitgtk: $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo missing)"
say "ready"
