#!/usr/bin/env bash
# Runs every benchmark in bench/ (bundled with esbuild, run on the project's Node 24).
# Benchmarks against the local registry and storage emulator start them first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/esbuild ]; then npm ci --no-audit --no-fund; fi
npm run --silent build
if [ -f scripts/test-env/up.sh ]; then
  bash scripts/test-env/up.sh
  # shellcheck disable=SC1091
  source .test-env/env.sh
fi
out=$(mktemp -d)
status=0
for bench in bench/*.bench.ts; do
  name=$(basename "$bench" .bench.ts)
  echo "== $name"
  node_modules/.bin/esbuild "$bench" --bundle --platform=node --format=esm --log-level=warning \
    --outfile="$out/$name.mjs" \
    "--banner:js=import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);"
  node_modules/.bin/node "$out/$name.mjs" || status=1
done
exit $status
