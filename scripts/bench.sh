#!/usr/bin/env bash
# Benchmark (not a test: it never fails on a slow machine). Builds release bundles
# against the real dataset and synthetic ones of 1k, 10k and 100k events, drives
# each in headless Chromium and prints median/min/max over repeated runs.
# Usage: make bench [SIZES="1000 10000 100000"] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-5}
mkdir -p bench/out
cargo build --quiet --release --bin dataset
bundles=("real:data/briefing.json")
for n in $SIZES; do
  f="bench/out/synthetic-$n.json"
  [ -f "$f" ] || ./target/release/dataset synth data/briefing.json "$n" > "$f"
  bundles+=("$n:$f")
done
source .tools/wasm-env.sh
for b in "${bundles[@]}"; do
  name=${b%%:*}; data=${b#*:}
  echo "[bench] building bundle '$name' from $data"
  BRIEFING_DATA="$PWD/$data" trunk build --release --dist "bench/out/dist-$name" >/dev/null 2>&1 \
    || { echo "[bench] build failed for $name"; exit 1; }
done
names=$(printf '%s ' "${bundles[@]%%:*}")
node bench/run.mjs --runs "$RUNS" $names
# The first screen's budgets (index.html paints it before the wasm): the first card and
# the app ready on a phone-like network, and Lighthouse mobile on the real bundle.
echo
node bench/first-card.mjs --runs "$RUNS" bench/out/dist-real
echo
# A deep link to a view of the views module (its wasm fetched beside the app's).
node bench/deep-link.mjs --runs "$RUNS" real
echo
# The start-up's tasks on a phone-sized page (unslowed; Lighthouse multiplies by 4).
node bench/load-tasks.mjs --runs "$RUNS" --cpu 1 bench/out/dist-real | tail -1
echo
DIST=bench/out/dist-real bash scripts/lighthouse.sh ''
