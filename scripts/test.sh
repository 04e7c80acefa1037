#!/usr/bin/env bash
# The whole test suite from a fresh machine: installs what it needs, starts the local services
# (Docker daemon, registry, storage emulator), checks types, lint and dist/, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Local services for the integration tests; writes .test-env/env.sh with their addresses.
# This run holds a lease on them; on exit it releases it, and the last run to do so stops what
# up.sh started (dockerd too), so no background process outlives the tests. Services started
# by hand with scripts/test-env/up.sh stay up until scripts/test-env/down.sh.
if [ -f scripts/test-env/up.sh ]; then
  trap 'bash scripts/test-env/down.sh --release $$ || true' EXIT
  DAGSHIP_TEST_ENV_LEASE=$$ bash scripts/test-env/up.sh
  # shellcheck disable=SC1091
  source .test-env/env.sh
fi

echo "node for tests: $(node_modules/.bin/node --version)"
npm run --silent typecheck
npm run --silent lint
npm run --silent format:check
node_modules/.bin/vitest run "$@"
