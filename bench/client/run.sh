#!/usr/bin/env bash
# Client benchmark: gzip size of the production JavaScript per area, and the time from navigation to a rendered
# 25-row queue view in headless Chromium against the real WebApi and a seeded PostgreSQL database.
# Usage: bench/client/run.sh   (needs GOTRS_TEST_ADMIN_CONNECTION, or starts a throwaway cluster itself)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
mkdir -p artifacts/bench

[ -x /usr/bin/chromium ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
[ -f src/WebApi/bin/Release/net10.0/GoTrs.WebApi.dll ] || dotnet build src/WebApi -c Release -nologo -clp:ErrorsOnly
(cd client && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run -s build >/dev/null)

echo "== production JavaScript per area (gzip -9)"
node client/bench/bundle-size.mjs artifacts/bench/client-bundle.json

if [ -z "${GOTRS_TEST_ADMIN_CONNECTION:-}" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDIR=$(mktemp -d /tmp/gotrs-pgbench.XXXXXX)
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDIR"
  trap 'run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" stop -m immediate >/dev/null 2>&1; rm -rf "$PGDIR"' EXIT
  run_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=''" start >/dev/null
  export GOTRS_TEST_ADMIN_CONNECTION="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
fi

echo "== queue view: navigation to 25 rendered rows (headless Chromium, real API + PostgreSQL)"
cd "$ROOT/client" && npx playwright test -c playwright.bench.config.ts 2>&1 | grep -E "stack:|queue view|passed|failed|Error"
