#!/usr/bin/env bash
# Ticket volume benchmark (issue targets at 1,000,000 tickets: >= 1,000 creates/s; list and zoom p99 <= 25 ms;
# full-text search p99 <= 150 ms).
# Usage: bench/tickets/run.sh [N]      N seeded tickets (default 100000, up to 1000000), 3 articles each.
# Environment: DURATION (s, default 30) and WARMUP (s, default 30: a fresh process is still compiling its hot code for tens of seconds) per phase, THREADS (2) and CONNECTIONS (8) for wrk,
#              GENERATORS (2) parallel seed generators, PG_SETTINGS (extra "-c name=value" server options), KEEP_OUT=1
#              keeps the work folder (logs, database) for inspection, REBUILD_INDEXES=1 drops the secondary indexes
#              of the three tables for the COPY and rebuilds them (default: COPY into the indexed tables), SEED_ONLY=1
#              stops after the seeding.
# Publishes the API (Release), starts a throwaway PostgreSQL and the API (which migrates the schema), seeds N tickets
# with COPY, then measures over HTTP with wrk: creates/s, 25-row queue list, zoom and full-text search; prints the
# figures, the CPU split between API and PostgreSQL per phase, and the plans of the list and search statements.
# Needs the PostgreSQL server binaries (with contrib), psql, curl, python3 and wrk (installed with apt-get if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
DURATION=${DURATION:-30} WARMUP=${WARMUP:-30} THREADS=${THREADS:-2} CONNECTIONS=${CONNECTIONS:-8}
GENERATORS=${GENERATORS:-2}
HERE=bench/tickets
[[ $N =~ ^[0-9]+$ && $N -ge 1000 && $N -le 99999999 ]] || { echo "N must be a number from 1000 to 99999999" >&2; exit 2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  echo "installing wrk..." >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

OUT=$(mktemp -d /tmp/gotrs-bench-tickets.XXXXXX)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run_pg() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_s() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now_s)"; }
log() { echo "[$(date +%T)] $*" >&2; }

cleanup() {
  local pids; pids=$(jobs -p)
  [ -n "$pids" ] && kill $pids 2>/dev/null || true
  [ -f "$OUT/app.pid" ] && kill "$(cat "$OUT/app.pid")" 2>/dev/null || true
  run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" stop -m fast >/dev/null 2>&1 || true
  if [ -n "${KEEP_OUT:-}" ]; then echo "kept $OUT" >&2; else rm -rf "$OUT"; fi
}
trap cleanup EXIT

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git status --porcelain -- src 2>/dev/null)" ] && COMMIT="$COMMIT + uncommitted changes in src/"
log "building (Release) at $COMMIT..."
scripts/publish.sh "$OUT/app" >/dev/null

# PostgreSQL: default durability (fsync, synchronous_commit on); more memory for the load and index builds than the
# 128 MB default; random_page_cost 1.1 for SSD storage, as the embedded cluster uses; auto_explain (off until the plans are captured) and pg_stat_statements (with planning time) for
# the per-phase breakdown.
PGPORT=$(free_port)
run_pg "$PGBIN/initdb" -D "$OUT/pg" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$OUT/pg" -l "$OUT/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PGPORT \
  -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=1GB -c maintenance_work_mem=1GB \
  -c max_wal_size=8GB -c checkpoint_timeout=30min -c random_page_cost=1.1 -c shared_preload_libraries=auto_explain,pg_stat_statements \
  -c pg_stat_statements.track_planning=on ${PG_SETTINGS:-}" start >/dev/null
PG_PID=$(head -1 "$OUT/pg/postmaster.pid")
psql_admin() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_db() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d gotrs -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_admin -c 'CREATE DATABASE gotrs' -c 'CREATE EXTENSION pg_stat_statements'

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=gotrs"
export GOTRS_DATA_DIR="$OUT/data" GOTRS_ADMIN_PASSWORD=bench-password Logging__LogLevel__Default=Warning
start_app() {
  dotnet "$OUT/app/GoTrs.WebApi.dll" --urls "$BASE" >>"$OUT/app.log" 2>&1 &
  echo $! >"$OUT/app.pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null || { cat "$OUT/app.log" >&2; exit 1; }
    sleep 0.05
  done
}
log "starting the API (migrates the schema)..."
start_app

cpu_snapshot() {  # app ticks, postgres ticks (postmaster + children, incl. exited ones), all-CPU ticks, idle ticks
  python3 - "$(cat "$OUT/app.pid")" "$PG_PID" <<'PY'
import os, sys
app, pm = int(sys.argv[1]), int(sys.argv[2])
def stat(pid):
    try: s = open(f"/proc/{pid}/stat").read()
    except OSError: return None
    f = s[s.rindex(")") + 2:].split()
    return int(f[1]), [int(x) for x in f[11:15]]
pg = sum(stat(pm)[1])
for d in os.listdir("/proc"):
    if d.isdigit():
        r = stat(int(d))
        if r and r[0] == pm: pg += r[1][0] + r[1][1]
a = stat(app)[1]
cpu = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
print(a[0] + a[1], pg, sum(cpu), cpu[3] + cpu[4])
PY
}

STATS_SQL="SELECT s.calls, round(s.total_plan_time)::bigint, round(s.total_exec_time)::bigint,
  round(((s.total_plan_time + s.total_exec_time) / s.calls)::numeric, 2),
  regexp_replace(left(s.query, 70), '\\s+', ' ', 'g') || ' … ' ||
  coalesce(regexp_replace(left(substring(s.query FROM '(?i)FROM\\s.*$'), 50), '\\s+', ' ', 'g'), '')
  FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'gotrs'"

# The machine may be shared: before a phase, wait (up to QUIET_WAIT s, default 600) until processes other than the
# API and PostgreSQL use less than 20% of one core; the CPU they take during the phase is reported as "foreign".
wait_quiet() {
  local waited=0 a b foreign
  while :; do
    a=$(cpu_snapshot); sleep 3; b=$(cpu_snapshot)
    foreign=$(python3 -c "import sys; a=[int(x) for x in sys.argv[1].split()]; b=[int(x) for x in sys.argv[2].split()]
w=(b[2]-a[2])/$(nproc); print(round(((b[2]-a[2])-(b[3]-a[3])-(b[0]-a[0])-(b[1]-a[1]))/w*100))" "$a" "$b")
    [ "$foreign" -lt 20 ] && return 0
    if [ "$waited" -ge "${QUIET_WAIT:-600}" ]; then log "WARNING: other processes still use ${foreign}% CPU; measuring anyway"; return 0; fi
    log "other processes use ${foreign}% of one core; waiting for a quiet machine..."
    sleep 10; waited=$((waited + 13))
  done
}


# ---------------------------------------------------------------- seeding
wait_quiet
log "seeding $N tickets..."
T0=$(now_s)
QUEUES=$(psql_db -At <<'SQL'
INSERT INTO customer_company (customer_id, name, valid_id, create_time, create_by, change_time, change_by)
SELECT format('company%s', lpad(c::text, 3, '0')), format('Bench company %s', c), 1, now(), 1, now(), 1
FROM generate_series(1, 100) c;
INSERT INTO customer_user (login, email, customer_id, first_name, last_name, valid_id, create_time, create_by, change_time, change_by)
SELECT format('customer%s', lpad(u::text, 4, '0')), format('customer%s@example.com', lpad(u::text, 4, '0')),
       format('company%s', lpad(((u - 1) / 10 + 1)::text, 3, '0')), 'Customer', u::text, 1, now(), 1, now(), 1
FROM generate_series(1, 1000) u;
INSERT INTO queue (name, group_id, unlock_timeout, system_address_id, salutation_id, signature_id, follow_up_id,
                   follow_up_lock, comments, valid_id, create_time, create_by, change_time, change_by)
SELECT format('Bench %s', lpad(q::text, 2, '0')), 1, 0, 1, 1, 1, 1, 0, 'bench/tickets', 1, now(), 1, now(), 1
FROM generate_series(1, 10) q;
SELECT string_agg(id::text, ',' ORDER BY id) FROM queue WHERE comments = 'bench/tickets';
SQL
)

# By default the COPY goes into the indexed tables (indexes grow as on a live system; at 1M tickets this took 147 s
# against 131 s for dropping and rebuilding). With REBUILD_INDEXES=1 the secondary indexes of the three tables are
# dropped for the load and rebuilt from their own catalog definitions (pg_get_indexdef), which are then compared with
# the originals. Primary keys and unique constraints stay either way.
INDEX_WHERE="i.indrelid IN ('ticket'::regclass, 'article'::regclass, 'article_data_mime'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)"
INDEX_SQL="SELECT pg_get_indexdef(i.indexrelid) || ';' FROM pg_index i WHERE $INDEX_WHERE ORDER BY 1"
psql_db -At -c "$INDEX_SQL" >"$OUT/indexes.sql"
[ -z "${REBUILD_INDEXES:-}" ] || psql_db -c "DROP INDEX $(psql_db -At -c "SELECT string_agg(i.indexrelid::regclass::text, ', ') FROM pg_index i WHERE $INDEX_WHERE")"

# COPY, foreign-key triggers off for the load session (session_replication_role = replica): the generator writes
# consistent ids. GENERATORS processes each write an id range into three FIFOs read by three \copy sessions.
mkdir "$OUT/fifo"
read -r TB AB MB BEFORE_T BEFORE_A BEFORE_M <<<"$(psql_db -At -F' ' -c "SELECT (SELECT coalesce(max(id), 0) FROM ticket),
  (SELECT coalesce(max(id), 0) FROM article), (SELECT coalesce(max(id), 0) FROM article_data_mime),
  (SELECT count(*) FROM ticket), (SELECT count(*) FROM article), (SELECT count(*) FROM article_data_mime)")"
NOW=$(date +%s)
T_COLS="id, tn, title, queue_id, ticket_lock_id, type_id, user_id, responsible_user_id, ticket_priority_id,
  ticket_state_id, customer_id, customer_user_id, timeout, until_time, escalation_time, escalation_update_time,
  escalation_response_time, escalation_solution_time, archive_flag, create_time, create_by, change_time, change_by"
A_COLS="id, ticket_id, article_sender_type_id, communication_channel_id, is_visible_for_customer,
  search_index_needs_rebuild, insert_fingerprint, create_time, create_by, change_time, change_by"
M_COLS="id, article_id, a_from, a_to, a_subject, a_body, a_content_type, incoming_time, create_time, create_by,
  change_time, change_by"
copy_pids=()
for g in $(seq 0 $((GENERATORS - 1))); do
  first=$(( g * N / GENERATORS + 1 )); last=$(( (g + 1) * N / GENERATORS ))
  for t in t a m; do mkfifo "$OUT/fifo/$t$g"; done
  PGOPTIONS='-c session_replication_role=replica' psql_db -c "\\copy ticket ($(echo $T_COLS)) FROM STDIN" <"$OUT/fifo/t$g" &
  copy_pids+=($!)
  PGOPTIONS='-c session_replication_role=replica' psql_db -c "\\copy article ($(echo $A_COLS)) FROM STDIN" <"$OUT/fifo/a$g" &
  copy_pids+=($!)
  PGOPTIONS='-c session_replication_role=replica' psql_db -c "\\copy article_data_mime ($(echo $M_COLS)) FROM STDIN" <"$OUT/fifo/m$g" &
  copy_pids+=($!)
  python3 "$HERE/seed.py" rows "$first" "$last" "$N" "$QUEUES" "$NOW" "$TB" "$AB" "$MB" "$OUT/fifo/t$g" "$OUT/fifo/a$g" "$OUT/fifo/m$g" &
  copy_pids+=($!)
done
for pid in "${copy_pids[@]}"; do wait "$pid"; done
T_COPY=$(since "$T0")
log "copied in $T_COPY s"

# REBUILD_INDEXES: rebuild in two sessions, the GIN (trigram) indexes in one and everything else in the other. Either
# way the index definitions must be the same as before the load.
T1=$(now_s)
grep 'USING gin' "$OUT/indexes.sql" >"$OUT/idx1.sql" || true
grep -v 'USING gin' "$OUT/indexes.sql" >"$OUT/idx2.sql" || true
if [ -n "${REBUILD_INDEXES:-}" ]; then
  psql_db -f "$OUT/idx1.sql" & i1=$!
  psql_db -f "$OUT/idx2.sql" & i2=$!
  wait $i1; wait $i2
fi
psql_db -At -c "$INDEX_SQL" >"$OUT/indexes.after.sql"
if ! diff -q "$OUT/indexes.sql" "$OUT/indexes.after.sql" >/dev/null; then
  echo "index definitions differ after the rebuild:" >&2; diff "$OUT/indexes.sql" "$OUT/indexes.after.sql" >&2; exit 1
fi
T_INDEX=$(since "$T1")
T2=$(now_s)
psql_db <<'SQL'
SELECT setval(pg_get_serial_sequence('ticket', 'id'), (SELECT max(id) FROM ticket)),
       setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article)),
       setval(pg_get_serial_sequence('article_data_mime', 'id'), (SELECT max(id) FROM article_data_mime)) \g /dev/null
VACUUM (ANALYZE) ticket, article, article_data_mime;
ANALYZE;
CHECKPOINT;
SQL
T_VACUUM=$(since "$T2")
T_SEED=$(since "$T0")
read -r C_T C_A C_M SIZE <<<"$(psql_db -At -F' ' -c "SELECT (SELECT count(*) FROM ticket), (SELECT count(*) FROM article),
  (SELECT count(*) FROM article_data_mime), pg_size_pretty(pg_database_size('gotrs'))")"
log "seeded in $T_SEED s: $C_T tickets, $C_A articles, $C_M article_data_mime rows, database $SIZE"
[ "$C_T" = $((BEFORE_T + N)) ] && [ "$C_A" = $((BEFORE_A + 3 * N)) ] && [ "$C_M" = $((BEFORE_M + 3 * N)) ] ||
  { echo "row counts are wrong" >&2; exit 1; }
INDEXES=$(wc -l <"$OUT/indexes.sql")
if [ -n "${SEED_ONLY:-}" ]; then
  if [ -z "${REBUILD_INDEXES:-}" ]; then how="COPY into the tables and their $INDEXES secondary indexes $T_COPY s"; else how="COPY $T_COPY s, $INDEXES indexes rebuilt $T_INDEX s"; fi
  echo "seeding N=$N: $T_SEED s ($how, VACUUM ANALYZE $T_VACUUM s); database $SIZE"
  exit 0
fi

# ---------------------------------------------------------------- measurements
python3 "$HERE/seed.py" words >"$OUT/words.txt"
export BENCH_FIRST_ID=$((TB + 1)) BENCH_LAST_ID=$((TB + N)) BENCH_QUEUES=$QUEUES
BENCH_WORDS=$(head -500 "$OUT/words.txt" | paste -sd,)
# Search words: ranks 10 ... 5000 of the Zipf list, from words in most tickets to words in few.
SEARCH_RANKS="10 30 100 300 1000 2000 3500 5000"
BENCH_SEARCH_WORDS=$(for r in $SEARCH_RANKS; do sed -n "${r}p" "$OUT/words.txt"; done | paste -sd,)
export BENCH_WORDS BENCH_SEARCH_WORDS

login() {
  BENCH_TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"login":"root@localhost","password":"bench-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  export BENCH_TOKEN
}

# wrk closes its connections at the end of a run, but statements already sent keep running in PostgreSQL (a slow
# search can take seconds): wait until the database is idle before measuring anything else.
wait_db_idle() {
  local waited=0
  while [ "$(psql_admin -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'gotrs' AND state = 'active'
             AND backend_type = 'client backend' AND pid <> pg_backend_pid()")" != 0 ]; do
    if [ $waited = 0 ]; then log "waiting for statements still running in PostgreSQL..."; fi
    sleep 1; waited=$((waited + 1))
    if [ $waited -ge 300 ]; then log "WARNING: PostgreSQL still busy after 300 s"; break; fi
  done
  return 0
}

# Ticket changes whose notifications the notification job has not processed yet (ADR 0050). Under a saturating load
# the job runs behind the requests; its backlog is work the measured requests left undone.
notification_backlog() { psql_db -At -c "SELECT count(*) FROM gotrs_notification_event WHERE last_error IS NULL"; }
# drain_notifications: waits (up to 600 s) until the backlog is gone; prints the seconds waited.
drain_notifications() {
  local t0; t0=$(now_s)
  while [ "$(notification_backlog)" != 0 ]; do
    sleep 0.5
    if [ "$(python3 -c "import sys; print(int(float(sys.argv[2]) - float(sys.argv[1]) > 600))" "$t0" "$(now_s)")" = 1 ]; then
      log "WARNING: notification backlog not drained after 600 s"; break
    fi
  done
  since "$t0"
}

# run_phase NAME SCRIPT PATH: warm-up, then a measured wrk run; writes $OUT/NAME.result and $OUT/NAME.detail
run_phase() {
  local name=$1 script=$2 path=$3
  wait_db_idle
  wait_quiet
  login
  cat "$HERE/common.lua" "$HERE/$script" >"$OUT/$name.lua"
  log "phase $name: warm-up ${WARMUP}s, then ${DURATION}s with $THREADS threads and $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -s "$OUT/$name.lua" "$BASE$path" >"$OUT/$name.warmup" 2>&1
  drain_notifications >/dev/null
  wait_db_idle
  psql_admin -At -c 'SELECT pg_stat_statements_reset()' >/dev/null
  local before after
  times >"$OUT/times.before"
  before=$(cpu_snapshot)
  ( sleep $((DURATION / 2)); top -b -n 2 -d 1 -w 200 | awk '/^top -/{n++} n==2' >"$OUT/$name.top"
    ps -eo pid=,ppid=,comm= >"$OUT/$name.ps" ) &
  local top_pid=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s "$OUT/$name.lua" "$BASE$path" >"$OUT/$name.wrk" 2>&1
  after=$(cpu_snapshot)
  times >"$OUT/times.after"
  local backlog drained
  backlog=$(notification_backlog)
  drained=$(drain_notifications)
  wait $top_pid || true
  grep '^RESULT' "$OUT/$name.wrk" | sed 's/^RESULT //' >"$OUT/$name.result"
  echo "backlog=$backlog drained_s=$drained" >"$OUT/$name.notifications"
  python3 - "$before" "$after" "$(nproc)" "$OUT/times.before" "$OUT/times.after" >"$OUT/$name.cpu" <<'PY'
import os, re, sys
b, a, ncpu = [int(x) for x in sys.argv[1].split()], [int(x) for x in sys.argv[2].split()], int(sys.argv[3])
def children(path):  # bash `times`, second line: user and system time of the script's finished children (wrk)
    return sum(int(m) * 60 + float(s) for m, s in re.findall(r"(\d+)m([\d.]+)s", open(path).read().splitlines()[1]))
hz = os.sysconf("SC_CLK_TCK")
wall = (a[2] - b[2]) / ncpu                      # jiffies of one CPU over the phase
app, pg = (a[0] - b[0]) / wall * 100, (a[1] - b[1]) / wall * 100
wrk = (children(sys.argv[5]) - children(sys.argv[4])) * hz / wall * 100
busy = ((a[2] - b[2]) - (a[3] - b[3])) / wall * 100
print(f"API {app:.0f}, PostgreSQL {pg:.0f}, wrk {wrk:.0f}, foreign processes {max(busy - app - pg - wrk, 0):.0f}, "
      f"idle {ncpu * 100 - busy:.0f}")
PY
  {
    echo "   wrk: $(cat "$OUT/$name.result")"
    if grep -q '^NON2XX' "$OUT/$name.wrk"; then
      echo "   first responses that were not 2xx (status, body):"; grep '^NON2XX' "$OUT/$name.wrk" | cut -c8-300 | sed 's/^/     /'
      echo "   last warnings/errors in the API log:"; grep -E '^(warn|fail|crit)' -A2 "$OUT/app.log" | tail -9 | cut -c1-300 | sed 's/^/     /'
    fi
    echo "   CPU over the phase, % of one core ($(nproc) cores = $(( $(nproc) * 100 ))): $(cat "$OUT/$name.cpu")"
    echo "   notifications: $backlog ticket changes still unprocessed when the phase ended, drained ${drained} s later"
    echo "   top -b -n2 -d1 at mid-phase, %CPU of one core: $(python3 - "$OUT/$name.top" "$OUT/$name.ps" "$(cat "$OUT/app.pid")" "$PG_PID" <<'PY'
import collections, sys
parent, comm = {}, {}
for line in open(sys.argv[2]):
    pid, ppid, c = line.split(None, 2)
    parent[pid], comm[pid] = ppid, c.strip()
app, pm = sys.argv[3], sys.argv[4]
cpu, count, header = collections.Counter(), collections.Counter(), False
for line in open(sys.argv[1]):
    f = line.split()
    if f[:2] == ["PID", "USER"]: header = True; continue
    if not header or len(f) < 12: continue
    pid, pcpu, name = f[0], float(f[8]), f[11]
    label = ("API" if pid == app else "PostgreSQL" if pm in (pid, parent.get(pid)) else "wrk" if name == "wrk"
             else "top" if name == "top" else f"other {name}")
    cpu[label] += pcpu; count[label] += pcpu > 0
print(", ".join(f"{k} {v:.0f}" + (f" ({count[k]} busy processes)" if k == "PostgreSQL" else "")
                for k, v in cpu.most_common() if v >= 2))
PY
)"
    local requests; requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' "$OUT/$name.result")
    echo "   pg_stat_statements over the phase, per request: $(psql_admin -At -F' ' -c "SELECT round(sum(calls)::numeric / greatest($requests, 1), 1),
      round((sum(total_plan_time) / greatest($requests, 1))::numeric, 2), round((sum(total_exec_time) / greatest($requests, 1))::numeric, 2)
      FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'gotrs'" |
      awk '{printf "%s statements, planning %s ms, execution %s ms", $1, $2, $3}'); top statements:"
    echo "     calls | plan ms | exec ms | mean ms | statement"
    psql_admin -At -F' | ' -c "$STATS_SQL ORDER BY s.total_plan_time + s.total_exec_time DESC LIMIT 4" | sed 's/^/     /'
  } >"$OUT/$name.detail"
  log "phase $name: $(cat "$OUT/$name.result")"
}

run_phase list list.lua /api/v1/tickets
run_phase zoom zoom.lua "/api/v1/tickets/$((TB + 1))"
run_phase search search.lua /api/v1/tickets

# Search latency per word (3 sequential requests each, median) next to the number of tickets the word matches.
wait_db_idle
wait_quiet
login
{
  printf '   %-6s %-16s %14s %12s %12s\n' rank word "tickets (SQL)" "API total" "median ms"
  for r in $SEARCH_RANKS; do
    w=$(sed -n "${r}p" "$OUT/words.txt")
    took=() total=""
    for _ in 1 2 3; do
      res=$(curl -s -o "$OUT/search.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $BENCH_TOKEN" \
        "$BASE/api/v1/tickets?q=$w&pageSize=25")
      [ "${res%% *}" = 200 ] || { echo "search for $w answered ${res%% *}" >&2; exit 1; }
      took+=("${res#* }")
      total=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["total"], "or more" if j.get("totalIsLowerBound") else "")' "$OUT/search.json")
    done
    med=$(printf '%s\n' "${took[@]}" | sort -n | sed -n 2p)
    matches=$(psql_db -At -c "SELECT count(DISTINCT a.ticket_id) FROM article a JOIN article_data_mime m ON m.article_id = a.id
      WHERE to_tsvector('simple'::regconfig, ((COALESCE(m.a_subject, ''::character varying))::text || ' '::text) || (COALESCE(m.a_body, ''::character varying))::text)
            @@ websearch_to_tsquery('simple', '$w')")
    printf '   %-6s %-16s %14s %12s %12.1f\n' "$r" "$w" "$matches" "$total" "$(python3 -c "print(float('$med') * 1000)")"
  done
} >"$OUT/search.words"

# Plans of the API's own statements: auto_explain (ANALYZE, BUFFERS) and statement logging switched on for one list
# request and one search request (a word of rank 300), then off again.
capture() {  # capture NAME PATH
  local pos; pos=$(stat -c %s "$OUT/pg.log")
  curl -s -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" "$BASE$2"
  sleep 0.5
  tail -c +$((pos + 1)) "$OUT/pg.log" >"$OUT/$1.pglog"
}
wait_db_idle
wait_quiet
psql_admin -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "ALTER SYSTEM SET auto_explain.log_analyze = on" \
  -c "ALTER SYSTEM SET auto_explain.log_buffers = on" -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
  -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
PLAN_WORD=$(sed -n 300p "$OUT/words.txt")
capture plan_list "/api/v1/tickets?queueId=${QUEUES%%,*}&stateType=new,open&pageSize=25&page=1"
capture plan_search "/api/v1/tickets?q=$PLAN_WORD&pageSize=25"
psql_admin -c "ALTER SYSTEM RESET auto_explain.log_min_duration" -c "ALTER SYSTEM RESET auto_explain.log_analyze" \
  -c "ALTER SYSTEM RESET auto_explain.log_buffers" -c "ALTER SYSTEM RESET log_min_duration_statement" \
  -c "SELECT pg_reload_conf()" >/dev/null

run_phase create create.lua /api/v1/tickets
CREATED=$(psql_db -At -c "SELECT count(*) FROM ticket WHERE id > $((TB + N))")

# ---------------------------------------------------------------- report
field() { sed "s/.* $2=\([^ ]*\).*/\1/; s/^$2=\([^ ]*\).*/\1/" "$OUT/$1.result"; }
fmt() { python3 -c "import sys; print(f'{float(sys.argv[1]):,.1f}')" "$1"; }
echo
echo "== bench/tickets: N=$N on $(nproc) cores, $(date +%F), commit $COMMIT; wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s per phase after ${WARMUP}s warm-up"
printf '%-34s %-18s %s\n' "measure" "target (1M tickets)" "value"
printf '%-34s %-18s %s\n' "tickets / articles seeded" "" "$(fmt "$C_T" | sed 's/\.0$//') / $(fmt "$C_A" | sed 's/\.0$//') (database $SIZE)"
if [ -z "${REBUILD_INDEXES:-}" ]; then how="COPY into the tables and their $INDEXES secondary indexes $T_COPY s"; else how="COPY $T_COPY s, $INDEXES indexes rebuilt $T_INDEX s"; fi
printf '%-34s %-18s %s\n' "seeding time" "" "$T_SEED s ($how, VACUUM ANALYZE $T_VACUUM s)"
printf '%-34s %-18s %s\n' "creates/s (POST /api/v1/tickets)" ">= 1,000/s" "$(fmt "$(field create rps)") (p50 $(field create p50_ms) ms, p99 $(field create p99_ms) ms; non-2xx $(field create non2xx), socket errors $(field create socket_errors); $CREATED tickets in the database)"
# Creates whose notifications were also done: the phase's requests over the phase plus the time the job then needed.
read -r BACKLOG DRAINED < <(sed 's/backlog=\([0-9]*\) drained_s=\([0-9.]*\)/\1 \2/' "$OUT/create.notifications")
printf '%-34s %-18s %s\n' "  with their notifications done" "" "$(python3 -c "import sys; r, d, t = map(float, sys.argv[1:4]); print(f'{r / (t + d):,.1f}/s ({int(sys.argv[4])} changes were unprocessed at the end of the phase, drained in {d:.1f} s)')" "$(field create requests)" "$DRAINED" "$(field create seconds)" "$BACKLOG")"
for p in list zoom search; do
  label=$(case $p in list) echo "25-row queue list p50 / p99";; zoom) echo "zoom p50 / p99";; search) echo "full-text search p50 / p99";; esac)
  target=$(case $p in search) echo "p99 <= 150 ms";; *) echo "p99 <= 25 ms";; esac)
  printf '%-34s %-18s %s\n' "$label" "$target" "$(field $p p50_ms) / $(field $p p99_ms) ms ($(fmt "$(field $p rps)") req/s, $(field $p requests) requests; non-2xx $(field $p non2xx), socket errors $(field $p socket_errors))"
done
echo
for p in create list zoom search; do echo "-- $p"; cat "$OUT/$p.detail"; done
echo
echo "-- search latency by word (3 sequential requests on one connection, median; tickets (SQL) = tickets the word is in)"
cat "$OUT/search.words"

echo
python3 - "$OUT/plan_list.pglog" "$OUT/plan_search.pglog" "$PLAN_WORD" <<'PY'
import re, sys
NODE = re.compile(r"\(cost=[\d.]+\.\.[\d.]+ rows=\d+ width=\d+\)\s*")
def entries(path):  # log entries: first line "<time> UTC [pid] LOG:  ...", continuation lines start with a tab
    cur = None
    for line in open(path, encoding="utf-8", errors="replace"):
        if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", line):
            if cur: yield cur
            cur = [line.rstrip("\n")]
        elif cur is not None:
            cur.append(line.rstrip("\n"))
    if cur: yield cur
def ticket_query(text):
    return re.search(r"\bFROM ticket AS t\b", text) and re.search(r"SELECT count\(|LIMIT", text)
for path, title in ((sys.argv[1], "25-row queue list"), (sys.argv[2], f"full-text search q={sys.argv[3]}")):
    print(f"-- plans of the {title} request (auto_explain: EXPLAIN ANALYZE + BUFFERS of the API's statements; plan shape)")
    bind = {}
    for e in entries(path):
        head, text = e[0], "\n".join(e)
        pid = re.search(r"\[(\d+)\]", head).group(1)
        m = re.search(r"duration: ([\d.]+) ms  bind \S+:", head)
        if m and ticket_query(text):
            bind[pid] = m.group(1)
        if "plan:" not in head or not ticket_query(text): continue
        kind = "count" if "SELECT count(" in text else "page"
        took = head.split("duration: ")[1].split("  plan")[0]
        print(f"   [{kind}] execution {took} (bind, which includes planning unless a prepared plan is reused: {bind.pop(pid, '?')} ms)")
        for l in e[1:]:  # the query text comes before the first plan node
            if NODE.search(l): break
            if "to_tsvector" in l: print("     SQL: " + l.strip()[:220])
        root_buffers = False
        for l in e[1:]:
            s = l.strip()
            if NODE.search(l):
                print("     " + NODE.sub("", l.lstrip("\t")).rstrip())
            elif s.startswith("Buffers:") and not root_buffers:
                print("     " + s + "   (whole statement)")
                root_buffers = True
            elif s.startswith(("JIT:", "Functions:", "Timing:")):
                print("     " + s)
            elif s.startswith(("Filter:", "Index Cond:", "Recheck Cond:")) and "tsquery" in s:
                print("     " + l.lstrip("\t")[:150].rstrip() + " …")  # where the full-text condition is evaluated
        used = sorted(set(re.findall(r"(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\S+)", text)))
        print(f"     indexes used: {', '.join(used) or 'none'}; full-text GIN gotrs_article_search_document used: "
              f"{'YES' if 'gotrs_article_search_document' in text else 'NO'}")
PY
