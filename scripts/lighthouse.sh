#!/usr/bin/env bash
# Lighthouse (mobile, its default) against dist/ served as a CDN would serve it:
# brotli/gzip and the caching rules of public/_headers (e2e/serve.mjs COMPRESS=1).
# Not part of `make test`: a full run takes about a minute and its performance
# score moves with the machine's load. Prints each category's score; writes the
# full reports to bench/out/lighthouse-*.json.
# Usage: bash scripts/lighthouse.sh [QUERY...]   e.g. '' '?view=actors'
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x e2e/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd e2e/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p bench/out
port=4599
COMPRESS=1 PORT=$port DIST_DIR="$PWD/${DIST:-dist}" node e2e/serve.mjs >/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 0.5
# A CDN serves files already compressed; the server compresses each on first request
# (brotli 11: 1.5 s for the wasm, which stalled every other response of a measured load).
(cd "${DIST:-dist}" && find . -type f -printf '%P\n') | while read -r f; do
  curl -s -o /dev/null -H 'Accept-Encoding: br' "http://127.0.0.1:$port/briefing/$f"
done
queries=("$@"); [ ${#queries[@]} -gt 0 ] || queries=('' '?view=map' '?view=actors' '?view=narratives' '?view=sources')
echo "lighthouse $(e2e/lighthouse/node_modules/.bin/lighthouse --version), mobile"
for q in "${queries[@]}"; do
  name=$(printf '%s' "${q:-timeline}" | tr -c 'a-z0-9' '-')
  CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} e2e/lighthouse/node_modules/.bin/lighthouse \
    "http://127.0.0.1:$port/briefing/$q" --quiet --output=json --output-path="bench/out/lighthouse-$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    const fails = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && r.categories.accessibility.auditRefs.some((x) => x.id === a.id && x.weight > 0)).map((a) => a.id);
    const m = ["largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"].map((id) => `${id.split("-").map((w) => w[0].toUpperCase()).join("")} ${r.audits[id].displayValue}`).join(", ");
    console.log(`${process.argv[2].padEnd(20)} ${s}; ${m}${fails.length ? "  (accessibility fails: " + fails.join(", ") + ")" : ""}`);
  ' "$PWD/bench/out/lighthouse-$name.json" "${q:-timeline}"
done
