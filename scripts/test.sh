#!/usr/bin/env bash
# Runs every GoTrs test suite on this machine, installing what a fresh Debian machine lacks.
# Usage: ./scripts/test.sh            (from the repository root; prints "N passed, N failed" last)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  [ $apt_updated = 1 ] || { as_root apt-get update -qq >/dev/null; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. PostgreSQL server binaries (initdb, pg_ctl) and contrib. (The mail tests install and start their own dovecot
#    and SMTP sink through scripts/mail-servers.sh.)
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== installing PostgreSQL server packages"
  apt_install postgresql postgresql-contrib
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# 2. A throwaway cluster on loopback, torn down on exit.
PGPORT=${GOTRS_TEST_PGPORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
PGDIR=$(mktemp -d /tmp/gotrs-pgtest.XXXXXX)
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDIR"
cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
echo "== starting a throwaway PostgreSQL on 127.0.0.1:$PGPORT"
run_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null || exit 1
run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$PGDIR/log"; exit 1; }
export GOTRS_TEST_ADMIN_CONNECTION="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

# 3. Build once, then every .NET test project.
echo "== building"
dotnet build GoTrs.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" -- NUnit.ConsoleOut=0 || status=1
done

# 4. The client: install, static checks, unit tests, build, then the browser tests against the WebApi built above.
#    Each static check becomes a test case in client-checks.xml so the closing line counts it.
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian chromium for the browser tests"
  apt_install chromium
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "== installing Node.js and npm"
  apt_install nodejs npm
fi
checks=()
client_step() {
  local name=$1; shift
  echo "== client: $name"
  if (cd client && "$@"); then checks+=("$name|ok"); else checks+=("$name|failed"); status=1; fi
}
client_step "npm ci" npm ci --no-audit --no-fund --loglevel=error
client_step "check:api" npm run -s check:api
client_step "lint" npm run -s lint
client_step "typecheck" npm run -s typecheck
echo "== client: unit tests"
(cd client && npm run -s test) || status=1
client_step "build" npm run -s build
echo "== client: browser tests"
(cd client && npm run -s e2e) || status=1
python3 - "$RESULTS/client-checks.xml" "${checks[@]}" <<'PY'
import sys
from xml.sax.saxutils import quoteattr
cases = [c.split("|", 1) for c in sys.argv[2:]]
failed = sum(1 for _, r in cases if r != "ok")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(f'<testsuite name="client checks" tests="{len(cases)}" failures="{failed}">\n')
    for name, result in cases:
        f.write(f'  <testcase classname="client" name={quoteattr(name)}>')
        f.write('<failure message="failed"/>' if result != "ok" else "")
        f.write("</testcase>\n")
    f.write("</testsuite>\n")
PY

# 5. One closing line over every suite (.trx from dotnet test, JUnit XML from the client).
python3 - "$RESULTS" "$status" <<'PY'
import glob, re, sys
passed = failed = 0
for trx in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    text = open(trx, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*', text)
    if not m: continue
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(attrs.get("passed", 0))
    failed += int(attrs.get("failed", 0)) + int(attrs.get("error", 0)) + int(attrs.get("timeout", 0)) + int(attrs.get("aborted", 0))
import xml.etree.ElementTree as ET
for junit in glob.glob(sys.argv[1] + "/**/*.xml", recursive=True):
    try:
        root = ET.parse(junit).getroot()
    except ET.ParseError:
        failed += 1
        continue
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is None:
            passed += 1
if sys.argv[2] != "0" and failed == 0:
    failed = 1  # a suite crashed before reporting
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
