#!/usr/bin/env bash
# Builds the H5 app when it is missing or older than the sources, then serves it on 127.0.0.1.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f dist/h5/index.html ] || [ -n "$(find src -newer dist/h5/index.html -print -quit)" ]; then
  npm run build:h5
fi
exec node scripts/serve-static.js dist/h5 "${PORT:-10086}"
