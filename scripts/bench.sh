#!/usr/bin/env bash
# Runs every benchmark in bench/ (bundled with esbuild, run on the project's Node 24) and ends
# with one table of every figure against its target (bench/figures.ts records them).
# Benchmarks against the local registry and storage emulator start them first, under a lease
# like scripts/test.sh: what this run started is stopped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
npm run --silent build
if [ -f scripts/test-env/up.sh ]; then
  trap 'bash scripts/test-env/down.sh --release $$ || true' EXIT
  DAGSHIP_TEST_ENV_LEASE=$$ bash scripts/test-env/up.sh
  # shellcheck disable=SC1091
  source .test-env/env.sh
fi
out=$(mktemp -d)
export DAGSHIP_BENCH_FIGURES="$out/figures.jsonl"
: >"$DAGSHIP_BENCH_FIGURES"
status=0
only="${1:-}"
for bench in bench/*.bench.ts; do
  name=$(basename "$bench" .bench.ts)
  if [ -n "$only" ] && [ "$name" != "$only" ]; then continue; fi
  echo "== $name"
  node_modules/.bin/esbuild "$bench" --bundle --platform=node --format=esm --log-level=warning \
    --outfile="$out/$name.mjs" \
    "--banner:js=import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);"
  DAGSHIP_BENCH_NAME="$name" node_modules/.bin/node "$out/$name.mjs" || status=1
done
echo
echo "== every figure against its target"
node scripts/bench-table.mjs "$DAGSHIP_BENCH_FIGURES"
rm -rf "$out"
exit $status
