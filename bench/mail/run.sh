#!/usr/bin/env bash
# Mail benchmark: parse throughput of our MIME parser over the test corpus, and end-to-end ingest of N messages
# (default 2,000) from a local IMAP mailbox (private dovecot) into tickets through "fetch now" (issue target: >= 200/s).
# Usage: [WARMUP=300] [BENCH_APP=published-folder] bench/mail/run.sh [N] [parse-rounds]; a first fetch of WARMUP
# messages warms the process. Needs the PostgreSQL server binaries, curl, python3; installs dovecot.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-2000}
ROUNDS=${2:-20}
WARMUP=${WARMUP:-300}
OUT=$(mktemp -d /tmp/gotrs-mail-bench.XXXXXX)
chmod 755 "$OUT"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run_pg() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "parse throughput (corpus, $ROUNDS rounds)..." >&2
dotnet run -c Release bench/mail/parse.cs -- tests/GoTrs.Infrastructure.UnitTests/Mail/Corpus "$ROUNDS" | tee "$OUT/parse.txt"

echo "building (Release), starting PostgreSQL, dovecot and the API..." >&2
if [ -n "${BENCH_APP:-}" ]; then cp -r "$BENCH_APP" "$OUT/app"; else scripts/publish.sh "$OUT/app" -p:SkipClientBuild=true >/dev/null; fi
PGPORT=$(free_port)
run_pg "$PGBIN/initdb" -D "$OUT/pg" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" -l "$OUT/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=''" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc 'CREATE DATABASE gotrs' postgres
scripts/mail-servers.sh start "$OUT/mail" >"$OUT/mail.env"
cleanup() {
  [ -f "$OUT/app.pid" ] && kill "$(cat "$OUT/app.pid")" 2>/dev/null || true
  scripts/mail-servers.sh stop "$OUT/mail" >/dev/null 2>&1 || true
  run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT
set -a; . "$OUT/mail.env"; set +a

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=gotrs" GOTRS_DATA_DIR="$OUT/data" \
GOTRS_ADMIN_PASSWORD=bench-password Logging__LogLevel__Default=Warning Jobs__Enabled=false \
  dotnet "$OUT/app/GoTrs.WebApi.dll" --urls "$BASE" >"$OUT/app.log" 2>&1 &
echo $! >"$OUT/app.pid"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
  kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null || { cat "$OUT/app.log" >&2; exit 1; }
  sleep 0.1
done

# The first message goes through LMTP, which creates the maildir with the right owner; the rest are written into it.
python3 - "$OUT/first.eml" <<'PY'
import sys; open(sys.argv[1], "w").write("From: a@example.com\r\nTo: agent1@localhost\r\nSubject: warm-up\r\nMessage-ID: <warm@x>\r\n\r\nhi\r\n")
PY
scripts/mail-servers.sh deliver "$OUT/mail" agent1 "$OUT/first.eml"
maildir="$MAIL_DIR/agent1"
owner=$(stat -c %u:%g "$maildir/new" 2>/dev/null || stat -c %u:%g "$maildir")
# fill COUNT FIRST: writes COUNT generated messages (numbered from FIRST) into the mailbox.
fill() {
  rm -rf "$OUT/gen"; mkdir -p "$OUT/gen"
  python3 bench/mail/make-messages.py "$OUT/gen" "$1" "$2"
  chown "$owner" "$OUT"/gen/* 2>/dev/null || true
  mv "$OUT"/gen/* "$maildir/new/"
}

token=$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"root@localhost","password":"bench-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
id=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/admin/mail-accounts" -d "{\"login\":\"agent1\",\"password\":\"secret1\",\"host\":\"$MAIL_HOST\",\"port\":$IMAP_PORT,\"type\":\"IMAP\",\"imapFolder\":\"INBOX\",\"queueId\":2,\"dispatchingBy\":\"Queue\",\"trusted\":false,\"validId\":1}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# CPU seconds (user + system) of the API process and of every PostgreSQL process, read from /proc.
cpu_of() { python3 - "$@" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK"); total = 0
for pid in sys.argv[1:]:
    try: f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split(); total += int(f[11]) + int(f[12])
    except OSError: pass
print(total / tick)
PY
}
pg_pids() { { pgrep -f "postgres.*$OUT/pg"; pgrep -P "$(head -1 "$OUT/pg/postmaster.pid")"; } | sort -u; }
# ingest LABEL COUNT: fetches the mailbox now and prints the rate and the CPU spent per message.
ingest() {
  local label=$1 count=$2 api0 pg0 api1 pg1 result seconds
  api0=$(cpu_of "$(cat "$OUT/app.pid")"); pg0=$(cpu_of $(pg_pids))
  result=$(curl -s "${auth[@]}" -X POST -w ' %{time_total}' "$BASE/api/v1/admin/mail-accounts/$id/fetch")
  api1=$(cpu_of "$(cat "$OUT/app.pid")"); pg1=$(cpu_of $(pg_pids))
  seconds=${result##* }
  printf '%-44s %s\n' "ingest ($label): fetch-now result" "${result% *}" >>"$OUT/report.txt"
  printf '%-44s %.1f s\n' "ingest ($label): wall time" "$seconds" >>"$OUT/report.txt"
  python3 -c "print('%-44s %.0f msgs/s' % ('ingest ($label): rate', $count / $seconds))" >>"$OUT/report.txt"
  python3 -c "print('%-44s %.2f ms API + %.2f ms PostgreSQL' % ('ingest ($label): CPU per message', ($api1 - $api0) * 1000 / $count, ($pg1 - $pg0) * 1000 / $count))" >>"$OUT/report.txt"
}
: >"$OUT/report.txt"

# A freshly started process compiles its code while it works (the JIT's tiers); a service that has been running
# has done so. The first fetch shows the cold figure, the measured one the steady state.
echo "warming up with $WARMUP messages..." >&2
fill $((WARMUP - 1)) 1000000
ingest "first $WARMUP after start" "$WARMUP"
fill "$N" 0
size=$(du -sb "$maildir/new" | cut -f1)
echo "ingesting $N messages ($((size / 1024)) KiB) over IMAP..." >&2
ingest "$N, measured" "$N"
tickets=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d gotrs -tAc "SELECT count(*) FROM ticket WHERE id > 1")
left=$(find "$maildir/new" "$maildir/cur" -type f | wc -l)

printf '\n%-44s %s\n' "measure" "value"
sed -n 's/^parse: /parse: /p' "$OUT/parse.txt" | sed 's/^/  /'
cat "$OUT/report.txt"
printf '%-44s %s\n' "ingest: tickets created (both fetches)" "$tickets"
printf '%-44s %s\n' "ingest: messages left in the mailbox" "$left"
printf '%-44s %s\n' "machine load (1/5/15 min)" "$(cut -d' ' -f1-3 /proc/loadavg)"
