#!/usr/bin/env bash
# Start-up and memory of the GoTrs API (issue targets: ready within 3 s after the database is up; idle RSS < 150 MB).
# Usage: bench/startup/run.sh [runs]      Prints a table of figures. Needs the PostgreSQL server binaries and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
OUT=$(mktemp -d /tmp/gotrs-bench.XXXXXX)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run_pg() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ms() { date +%s%3N; }

echo "building (Release)..." >&2
scripts/publish.sh "$OUT/app" >/dev/null

PGPORT=$(free_port)
run_pg "$PGBIN/initdb" -D "$OUT/pg" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" -l "$OUT/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=''" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc 'CREATE DATABASE gotrs' postgres
cleanup() {
  [ -f "$OUT/app.pid" ] && kill "$(cat "$OUT/app.pid")" 2>/dev/null || true
  run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=gotrs"
export GOTRS_DATA_DIR="$OUT/data" GOTRS_ADMIN_PASSWORD=bench-password Logging__LogLevel__Default=Warning

start_app() {  # prints milliseconds from exec to /health/ready = 200
  local t0; t0=$(ms)
  dotnet "$OUT/app/GoTrs.WebApi.dll" --urls "$BASE" >"$OUT/app.log" 2>&1 &
  echo $! >"$OUT/app.pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null || { cat "$OUT/app.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( $(ms) - t0 ))
}
# start_app runs in a command substitution (a subshell), so the pid travels through a file.
stop_app() {
  local pid; pid=$(cat "$OUT/app.pid")
  kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  rm -f "$OUT/app.pid"
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$(cat "$OUT/app.pid")/status"; }

first=$(start_app); stop_app
warm=()
for _ in $(seq "$RUNS"); do warm+=("$(start_app)"); stop_app; done
median=$(printf '%s\n' "${warm[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

start_app >/dev/null
sleep 3
idle=$(rss_mb)
token=$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"root@localhost","password":"bench-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
urls=()
for i in $(seq 1000); do case $((i % 4)) in
  0) urls+=("$BASE/api/v1/queues");; 1) urls+=("$BASE/api/v1/states");; 2) urls+=("$BASE/api/v1/me");; 3) urls+=("$BASE/health/ready");;
esac; done
t0=$(ms)
curl -s -H "Authorization: Bearer $token" "${urls[@]}" >/dev/null
elapsed=$(( $(ms) - t0 ))
sleep 1
after=$(rss_mb)
stop_app

printf '\n%-52s %s\n' "measure" "value"
printf '%-52s %s ms\n' "first start to ready (empty database: migrate+seed)" "$first"
printf '%-52s %s ms (runs: %s)\n' "start to ready, migrated database (median)" "$median" "${warm[*]}"
printf '%-52s %s MB\n' "resident memory, idle after ready" "$idle"
printf '%-52s %s MB\n' "resident memory after 1,000 requests" "$after"
printf '%-52s %s ms\n' "1,000 sequential requests (one keep-alive connection)" "$elapsed"
