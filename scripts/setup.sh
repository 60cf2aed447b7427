#!/usr/bin/env bash
# Fresh machine → installed and built (WeChat, Alipay, H5), then the H5 app served on the built-in
# backend. Pass --no-serve to stop after the build.
set -eu
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
if [ "${1:-}" != "--no-serve" ]; then
  exec node scripts/serve-static.js dist/h5 "${PORT:-10086}"
fi
