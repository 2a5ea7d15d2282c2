#!/usr/bin/env bash
# bench/startup: time from `./hoclieu run` to the first 200 of GET /, and the RSS of every process
# of the stack, against a bare Payara Micro (same jar, same JVM flags, a one-file WAR) measured in
# the same run. See bench/startup/README.md.
#
#   bench/startup/run.sh                 # RUNS=3 iterations of: baseline, cold-data start, warm-data start
#   RUNS=2 SETTLE=10 bench/startup/run.sh
#   ISOLATE=snapshot bench/startup/run.sh   # run a copy of the live checkout's build outputs
#   ISOLATE=0 bench/startup/run.sh          # run the live checkout itself
#
# Output: a Markdown table on stdout and in bench/startup/target/results.md; raw numbers in
# bench/startup/target/results.tsv; every start's console output and logs in bench/startup/target/runs/.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
DATA=$TARGET/data            # HOCLIEU_VAR of the measured stack: never the developer's var/
RUNS_DIR=$TARGET/runs
TSV=$TARGET/results.tsv
MD=$TARGET/results.md

RUNS=${RUNS:-3}
SETTLE=${SETTLE:-10}                   # seconds between the first 200 and reading RSS
HTTP_PORT=${BENCH_HTTP_PORT:-18080}    # the stack's Payara, and the baseline's (they never run together)
DB_PORT=${BENCH_DB_PORT:-13307}
ES_PORT=${BENCH_ES_PORT:-19200}
START_TIMEOUT=${START_TIMEOUT:-300}    # s until the first 200 of GET /
STOP_TIMEOUT=${STOP_TIMEOUT:-120}      # s until the launcher and all its children are gone
POLL=0.15                              # s between two GET / (the brief asks for 100–200 ms)
ISOLATE=${ISOLATE:-head}               # head: a build of the committed HEAD; snapshot: a copy of the live build outputs; 0: the live checkout
MAX_ATTEMPTS=${MAX_ATTEMPTS:-3}        # a start that cannot count (rebuilt meanwhile, broken from outside) is repeated, this often at most

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, was: $RUNS"

# ---------------------------------------------------------------- JDK: the one ./hoclieu would pick
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
find_jdk() {   # same order as ./hoclieu's find_jdk
  local candidates=() c major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/*21* /usr/lib/jvm/*)
  if command -v java >/dev/null; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
  for c in "${candidates[@]}"; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    major=$(java_major "$c")
    if [[ -n "$major" && "$major" -ge 21 ]]; then echo "$c"; return 0; fi
  done
  return 1
}
JAVA_HOME=$(find_jdk) || die "no JDK 21 or newer found (set JAVA_HOME)"
export JAVA_HOME    # ./hoclieu prefers JAVA_HOME: the stack and the baseline run on the same JDK
JAVA=$JAVA_HOME/bin/java

# ---------------------------------------------------------------- small helpers
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true; }
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() {   # utime + stime of one process (fields 14, 15; comm may hold spaces: cut after ')')
  local s; s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  s=${s##*) }; awk '{ printf "%.0f\n", $12 + $13 }' <<<"$s"
}
busy_total_ticks() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; printf "%.0f %.0f\n", busy, busy + $5 + $6 }' /proc/stat; }
cmdline() { tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" || true; }
alive() {   # running and not a zombie
  local st; st=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n "$st" && "$st" != Z ]]
}
# share of the last 60 s in which some runnable task waited for a CPU (Linux PSI), empty if unavailable
psi_cpu() { sed -n 's/^some .*avg60=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || true; }
port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }
REASON=$TARGET/abort-reason.txt
PENDING=$TARGET/pending.tsv          # one start's values, kept only if the start counts
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$PENDING"; }   # run mode key value
commit() { cat "$PENDING" >>"$TSV"; : >"$PENDING"; }
discard() { awk -v r="$1" '{ print $0 "\t" r }' "$PENDING" >>"$TARGET/discarded.tsv"; : >"$PENDING"; }
ms_since() { [[ -n "$2" ]] && echo $(( $2 - $1 )) || true; }              # t0 t -> ms, empty if t empty
# epoch ms of the first log line matching a pattern; Payara's records carry [timeMillis: …]
payara_ms() { grep -m1 -E "$2" "$1" 2>/dev/null | sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p' || true; }
payara_first_ms() { grep -m1 -o 'timeMillis: [0-9]*' "$1" 2>/dev/null | sed 's/timeMillis: //' || true; }
# ES (dev node) and worker log local wall-clock times
local_ms() { [[ -n "$1" ]] && date -d "$1" +%s%3N 2>/dev/null || true; }
es_ms() {
  local ts; ts=$(grep -m1 -E "$2" "$1" 2>/dev/null | sed -n 's/^\[\([0-9-]*\)T\([0-9:]*\),\([0-9]*\)\].*/\1 \2.\3/p' || true)
  local_ms "$ts"
}
worker_ms() {
  local ts; ts=$(grep -m1 -E "$2" "$1" 2>/dev/null | sed -n 's/^\([0-9-]* [0-9:.]*\) .*/\1/p' || true)
  local_ms "$ts"
}
stamped_ms() { awk -F'\t' -v p="$2" '$2 ~ p { split($1, a, "[.,]"); printf "%.0f\n", a[1] * 1000 + int(substr(a[2] "000", 1, 3)); exit }' "$1" 2>/dev/null || true; }

# ---------------------------------------------------------------- clean-up of everything we start
CURRENT_PID=""          # launcher or baseline Payara, while one runs
declare -a KNOWN_CHILDREN=()
cleanup() {
  local rc=$? p
  if [[ -n "$CURRENT_PID" ]] && alive "$CURRENT_PID"; then
    say "clean-up: SIGTERM to $CURRENT_PID"
    kill -TERM "$CURRENT_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do alive "$CURRENT_PID" || break; sleep 0.1; done
    alive "$CURRENT_PID" && kill -KILL "$CURRENT_PID" 2>/dev/null || true
  fi
  for p in "${KNOWN_CHILDREN[@]}" $(survivors); do
    if alive "$p"; then say "clean-up: SIGKILL to leftover $p"; kill -KILL "$p" 2>/dev/null || true; fi
  done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# processes whose command line names our data dirs: after a stop there must be none
survivors() {
  local d p c
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    [[ "$p" == "$$" || "$p" == "$BASHPID" ]] && continue
    c=$(cmdline "$p")
    [[ "$c" == *"$DATA/"* || "$c" == *"$TARGET/baseline/"* ]] || continue
    alive "$p" && echo "$p"
  done
  return 0
}

# the stack's processes, found from the launcher: its direct children by main class, MariaDB by data dir
declare -A PIDS=()
find_stack_pids() {
  local launcher=$1 p c d
  PIDS=([launcher]=$launcher)
  for p in $(ps -o pid= --ppid "$launcher"); do
    c=$(cmdline "$p")
    case "$c" in
      *vn.hoclieu.search.devnode.server.DevNodeMain*) PIDS[elasticsearch]=$p ;;
      *vn.hoclieu.content.ingest.worker.IngestWorkerMain*) PIDS[worker]=$p ;;
      *payara-micro-*.jar*) PIDS[payara]=$p ;;
    esac
  done
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    c=$(cmdline "$p")
    if [[ "$c" == *mariadbd* && "$c" == *"--datadir=$DATA/db/"* ]]; then PIDS[mariadb]=$p; break; fi
  done
  for p in "${PIDS[@]}"; do [[ "$p" == "$launcher" ]] || KNOWN_CHILDREN+=("$p"); done
}

# waits for GET / on the port to answer 200; prints the epoch ms of that answer and how long that request took
await_home() {
  local pid=$1 broken=${2:-} deadline=$(( $(now_ms) + START_TIMEOUT * 1000 )) code took last=""
  : >"$REASON"
  while (( $(now_ms) < deadline )); do
    alive "$pid" || { echo "the process exited before answering" >"$REASON"; return 1; }
    if [[ -n "$broken" ]] && "$broken" >"$REASON"; then return 1; fi
    read -r code took < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 5 "http://127.0.0.1:$HTTP_PORT/" || true)
    last=$code
    if [[ "$code" == 200 ]]; then echo "$(now_ms) $(awk -v t="$took" 'BEGIN { printf "%.0f", t * 1000 }')"; return 0; fi
    sleep "$POLL"
  done
  echo "no 200 on GET / within ${START_TIMEOUT} s (last answer: HTTP ${last:-none})" >"$REASON"
  return 1
}

# while a stack starts: reasons to stop waiting (prints the reason, status 0 = broken)
OUT=""
stack_broken() {
  if grep -q 'hoclieu: the system did not start' "$OUT" 2>/dev/null; then
    cut -f2- "$OUT" | grep -m1 'hoclieu: the system did not start' | cut -c1-300; return 0; fi
  if grep -q -E 'invalid zip file|Exception while loading the app' "$DATA/logs/payara.log" 2>/dev/null; then
    echo "Payara could not deploy the WAR ($(grep -m1 -o -E 'invalid zip file[^\[]{0,80}|Exception while loading the app' "$DATA/logs/payara.log"))"; return 0; fi
  if grep -q '\[hoclieu\] stopping' "$OUT" 2>/dev/null; then
    echo "the launcher began stopping before it was up (signalled by another process?)"; return 0; fi
  return 1
}
baseline_broken() {
  if grep -q -E 'invalid zip file|Exception while loading the app' "$OUT" 2>/dev/null; then
    echo "Payara could not deploy hello.war"; return 0; fi
  return 1
}

# build outputs written after the stamp: someone rebuilt while we measured
STAMP=$TARGET/start.stamp
rebuilt_meanwhile() {   # [paths]: default, everything the stack runs from
  local paths=("$@")
  ((${#paths[@]})) || paths=("$RUN_ROOT"/lms-web/target/lms-web.war "$RUN_ROOT"/*/target/classes "$RUN_ROOT"/*/target/*.jar "$RUN_ROOT"/*/target/*.classpath "$RUN_ROOT"/launcher/target/runtime)
  find "${paths[@]}" -newer "$STAMP" -type f -print -quit 2>/dev/null | grep -q .
}

# gives up one attempt: stops what runs (SIGTERM, as a user would), drops its values
give_up() {   # run mode pid reason
  local p left
  say "run $1: $2 attempt given up: $4"
  if alive "$3"; then
    [[ "$2" == baseline ]] || find_stack_pids "$3"
    # shellcheck disable=SC2046  # a list of pids
  stop_and_wait "$3" $( [[ "$2" == baseline ]] || for p in "${!PIDS[@]}"; do [[ $p == launcher ]] || echo "${PIDS[$p]}"; done ) >/dev/null
  fi
  if alive "$3"; then
    FAILURES+=("run $1 $2 (given-up attempt): pid $3 ignored SIGTERM for ${STOP_TIMEOUT} s; killed")
    kill -KILL "$3" 2>/dev/null || true
  fi
  wait "$3" 2>/dev/null || true
  CURRENT_PID=""
  left=$(survivors | tr '\n' ' ')
  if [[ -n "${left// /}" ]]; then
    FAILURES+=("run $1 $2 (given-up attempt): still alive after the stop: $left")
    for p in $left; do kill -KILL "$p" 2>/dev/null || true; done
  fi
  discard "given up: $4"; DISCARDED+=("run $1 $2: $4; attempt repeated")
  COUNTED=0
}

# SIGTERM, then waits until the process and the given pids are gone; prints the ms it took
stop_and_wait() {
  local pid=$1; shift
  local t0 deadline p left
  t0=$(now_ms); deadline=$(( t0 + STOP_TIMEOUT * 1000 ))
  kill -TERM "$pid" 2>/dev/null || true
  while (( $(now_ms) < deadline )); do
    left=0
    for p in "$pid" "$@"; do alive "$p" && left=1; done
    (( left == 0 )) && break
    sleep 0.1
  done
  echo $(( $(now_ms) - t0 ))
}

# ---------------------------------------------------------------- preparation
cd "$ROOT"
mkdir -p "$TARGET" "$RUNS_DIR"
: >"$TSV"; : >"$PENDING"; : >"$TARGET/discarded.tsv"

for port in "$HTTP_PORT" "$DB_PORT" "$ES_PORT"; do
  port_in_use "$port" && die "port $port is in use; choose others with BENCH_HTTP_PORT / BENCH_DB_PORT / BENCH_ES_PORT"
done
[[ -n "$(survivors)" ]] && die "processes still run on $DATA or the baseline dir (an earlier bench?): $(survivors | tr '\n' ' ')"

ARTIFACTS=(lms-web/target/lms-web.war launcher/target/runtime/launcher.classpath
           content-repo/target/worker.classpath search-indexer/target/devnode.classpath)
needs_build() {   # ./hoclieu run's own test
  local a
  for a in "${ARTIFACTS[@]}"; do [[ -f "$a" ]] || return 0; done
  [[ -n "$(find pom.xml */pom.xml */src/main -newer lms-web/target/lms-web.war -type f -print -quit 2>/dev/null)" ]]
}
if [[ "$ISOLATE" != head ]] && needs_build; then
  say "building once (./hoclieu build) — not part of any measurement"
  # the checkout is shared: someone's work in progress may not compile; the last good outputs are still there
  ./hoclieu build >"$TARGET/build.log" 2>&1 \
    || say "the build failed (see target/build.log; someone's work in progress?): measuring the existing build outputs"
fi
[[ "$ISOLATE" != head ]] && needs_build && say "sources changed again since the build (someone is editing): measuring the last build"

# The checkout is shared: other engineers edit, `mvn package` and `mvn clean` in it while we measure
# (a start once found a half-written lms-web.war). With ISOLATE=1 we copy what `./hoclieu run` runs
# — the script, the WAR, the modules' classes, classpath files, the Payara jar and our own jars the
# launcher's classpath names — to target/checkout, and start `./hoclieu run` there. No sources are
# copied, so that copy never rebuilds.
snapshot() {
  local snap=$TARGET/checkout f rel
  touch "$TARGET/copy.stamp"
  rm -rf "$snap"; mkdir -p "$snap"
  cp -p hoclieu "$snap/"
  for f in lms-web/target/lms-web.war launcher/target/classes launcher/target/runtime \
           content-repo/target/classes content-repo/target/worker.classpath \
           search-indexer/target/classes search-indexer/target/devnode.classpath; do
    [[ -e "$f" ]] || return 1
    mkdir -p "$snap/$(dirname "$f")"; cp -a "$f" "$snap/$f"
  done
  # jars of this checkout named (absolutely) in the classpath files: copied, and the files repointed
  for f in $(cat launcher/target/runtime/launcher.classpath content-repo/target/worker.classpath \
                 search-indexer/target/devnode.classpath | tr ':' '\n' | grep "^$ROOT/" | sort -u); do
    rel=${f#"$ROOT"/}; mkdir -p "$snap/$(dirname "$rel")"; cp -a "$f" "$snap/$rel" || return 1
  done
  sed -i "s#$ROOT/#$snap/#g" "$snap"/launcher/target/runtime/launcher.classpath \
    "$snap"/content-repo/target/worker.classpath "$snap"/search-indexer/target/devnode.classpath
  # a copy taken in the middle of someone's build is no good: the main classes must be there, every archive must open
  for f in launcher/target/classes/vn/hoclieu/launcher/Launcher.class \
           content-repo/target/classes/vn/hoclieu/content/ingest/worker/IngestWorkerMain.class \
           search-indexer/target/classes/vn/hoclieu/search/devnode/server/DevNodeMain.class; do
    [[ -f "$snap/$f" ]] || { say "snapshot: $f missing (the live build is broken?)"; return 1; }
  done
  for f in "$snap"/lms-web/target/lms-web.war "$snap"/launcher/target/runtime/*.jar $(find "$snap" -name '*.jar' -path '*/target/*.jar'); do
    "$JAVA_HOME/bin/jar" tf "$f" >/dev/null 2>&1 || return 1
  done
  # the build outputs must not have changed while we copied
  [[ -z "$(find lms-web/target/lms-web.war */target/classes */target/*.jar */target/*.classpath launcher/target/runtime \
            -newer "$TARGET/copy.stamp" -type f -print -quit 2>/dev/null)" ]]
}
if [[ "$ISOLATE" == head ]]; then
  # the committed HEAD, exported (git archive) to target/src and built there once per commit:
  # nobody else's work in progress, edits or builds can touch it
  RUN_ROOT=$TARGET/src
  HEAD_REV=$(git rev-parse HEAD)
  if [[ "$(cat "$RUN_ROOT/.bench-commit" 2>/dev/null)" != "$HEAD_REV" ]]; then
    say "exporting HEAD ${HEAD_REV:0:7} to ${RUN_ROOT#"$ROOT"/} and building it (./hoclieu build, not timed)"
    rm -rf "$RUN_ROOT"; mkdir -p "$RUN_ROOT"
    git archive HEAD | tar -x -C "$RUN_ROOT"
    (cd "$RUN_ROOT" && ./hoclieu build) >"$TARGET/build.log" 2>&1 || { tail -30 "$TARGET/build.log" >&2; die "HEAD does not build (target/build.log)"; }
    echo "$HEAD_REV" >"$RUN_ROOT/.bench-commit"
  fi
  say "running the committed HEAD ${HEAD_REV:0:7}, built in ${RUN_ROOT#"$ROOT"/}"
elif [[ "$ISOLATE" == snapshot || "$ISOLATE" == 1 ]]; then
  RUN_ROOT=$TARGET/checkout
  for try in 1 2 3 4 5; do
    if snapshot; then break; fi
    (( try < 5 )) || die "could not take a consistent snapshot of the build outputs (someone is building); try again"
    say "the build outputs changed while being copied (someone is building); again in 20 s"; sleep 20
  done
  say "running from a snapshot of the build outputs: ${RUN_ROOT#"$ROOT"/}"
else
  RUN_ROOT=$ROOT
fi
PAYARA_JAR=$(ls "$RUN_ROOT"/launcher/target/runtime/payara-micro-*.jar 2>/dev/null | head -1)
[[ -n "$PAYARA_JAR" ]] || die "no launcher/target/runtime/payara-micro-*.jar"

# the baseline's WAR: one static page, no web.xml, no classes
BASE=$TARGET/baseline
rm -rf "$BASE"; mkdir -p "$BASE/war" "$BASE/tmp"
printf '<!doctype html>\n<html><head><meta charset="utf-8"><title>hello</title></head><body><p>hello</p></body></html>\n' >"$BASE/war/index.html"
"$JAVA_HOME/bin/jar" --create --file "$BASE/hello.war" -C "$BASE/war" .

JDK_VERSION=$("$JAVA" -version 2>&1 | sed -n '2p')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
GIT_DIRTY=$([[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]] && echo ' (uncommitted changes)' || true)
say "JDK $JAVA_HOME ($JDK_VERSION); nproc $(nproc); load $LOAD_BEFORE; $RUNS run(s); settle ${SETTLE}s"

FAILURES=()
DISCARDED=()
ATTEMPT=1

# ---------------------------------------------------------------- one baseline start
baseline_once() {
  local run=$1 out=$RUNS_DIR/run$1-baseline.a$ATTEMPT.log t0 t200 pid stop_ms
  rm -rf "$BASE/root" "$BASE/tmp"; mkdir -p "$BASE/tmp"
  port_in_use "$HTTP_PORT" && die "port $HTTP_PORT in use before the baseline start"
  record "$run" baseline load1 "$(cut -d' ' -f1 /proc/loadavg)"
  record "$run" baseline psi_cpu "$(psi_cpu)"
  say "run $run: baseline (bare Payara Micro + hello.war)"
  read -r b0 a0 < <(busy_total_ticks)
  touch "$STAMP"; OUT=$out
  t0=$(now_ms)
  # same JVM flags and Payara options as the launcher's Payara (Commands.payara), minus the application's
  "$JAVA" -Xms256m -Xmx768m -Djava.io.tmpdir="$BASE/tmp" \
    -Duser.language=vi -Duser.country=VN -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 \
    -jar "$PAYARA_JAR" --deploy "$BASE/hello.war" --contextroot / --port "$HTTP_PORT" --nocluster \
    --rootdir "$BASE/root" </dev/null >"$out" 2>&1 &
  pid=$!; CURRENT_PID=$pid
  if ! t200=$(await_home "$pid" baseline_broken); then give_up "$run" baseline "$pid" "$(cat "$REASON")"; return 0; fi
  record "$run" baseline home_req "${t200#* }"; t200=${t200% *}
  read -r b1 a1 < <(busy_total_ticks)
  record "$run" baseline home_200 "$(( t200 - t0 ))"
  record "$run" baseline cpu_ours "$(( $(cpu_ticks "$pid") * 1000 / CLK_TCK ))"
  record "$run" baseline busy_pct "$(( (b1 - b0) * 100 / (a1 - a0 > 0 ? a1 - a0 : 1) ))"
  record "$run" baseline p_first_log "$(ms_since "$t0" "$(payara_first_ms "$out")")"
  record "$run" baseline p_deployed "$(ms_since "$t0" "$(payara_ms "$out" 'successfully deployed')")"
  record "$run" baseline p_ready "$(ms_since "$t0" "$(payara_ms "$out" 'Payara Micro .* ready in')")"
  sleep "$SETTLE"
  record "$run" baseline rss_payara "$(rss_kb "$pid")"
  stop_ms=$(stop_and_wait "$pid")
  wait "$pid" 2>/dev/null || true
  CURRENT_PID=""
  record "$run" baseline stop "$stop_ms"
  if rebuilt_meanwhile "$PAYARA_JAR"; then
    discard "rebuilt meanwhile"; DISCARDED+=("run $run baseline: the Payara Micro jar was replaced during this start; attempt repeated")
    COUNTED=0; return 0
  fi
  commit; COUNTED=1
  if alive "$pid"; then FAILURES+=("run $run baseline: Payara still alive ${STOP_TIMEOUT}s after SIGTERM"); kill -KILL "$pid" || true; fi
  say "run $run: baseline first 200 after $(secs $(( t200 - t0 ))) s; RSS $(( $(awk -F'\t' -v r="$run" '$1==r && $2=="baseline" && $3=="rss_payara" {print $4}' "$TSV") / 1024 )) MiB; stopped in $(secs "$stop_ms") s"
}

# ---------------------------------------------------------------- one start of the whole stack
stack_once() {
  local run=$1 mode=$2 out=$RUNS_DIR/run$1-$2.a$ATTEMPT.launcher.txt t0 t200 lpid stop_ms rc key p total
  [[ "$mode" == cold ]] && rm -rf "$DATA"
  for port in "$HTTP_PORT" "$DB_PORT" "$ES_PORT"; do
    port_in_use "$port" && die "port $port in use before the $mode start of run $run"
  done
  record "$run" "$mode" load1 "$(cut -d' ' -f1 /proc/loadavg)"
  record "$run" "$mode" psi_cpu "$(psi_cpu)"
  say "run $run: $mode-data start of ./hoclieu run (data in ${DATA#"$ROOT"/})"
  read -r b0 a0 < <(busy_total_ticks)
  touch "$STAMP"; OUT=$out
  t0=$(now_ms)
  # every console line stamped on arrival (epoch s.µs <TAB> line); $! is the hoclieu script, which execs the launcher JVM
  env -C "$RUN_ROOT" -u HOCLIEU_DB_URL -u HOCLIEU_ES_URL -u HOCLIEU_SEED_DEMO -u HOCLIEU_WORKER_ID \
    HOCLIEU_VAR="$DATA" HOCLIEU_HTTP_PORT="$HTTP_PORT" HOCLIEU_DB_PORT="$DB_PORT" HOCLIEU_ES_PORT="$ES_PORT" \
    ./hoclieu run </dev/null > >(while IFS= read -r line; do printf '%s\t%s\n' "$EPOCHREALTIME" "$line"; done >"$out") 2>&1 &
  lpid=$!; CURRENT_PID=$lpid
  if ! t200=$(await_home "$lpid" stack_broken); then
    give_up "$run" "$mode" "$lpid" "$(cat "$REASON") (output: ${out#"$ROOT"/})"
    keep_logs "$run" "$mode.a$ATTEMPT-given-up"; return 0
  fi
  record "$run" "$mode" home_req "${t200#* }"; t200=${t200% *}
  read -r b1 a1 < <(busy_total_ticks)
  find_stack_pids "$lpid"
  total=0; for p in "${PIDS[@]}"; do total=$(( total + $(cpu_ticks "$p") )); done
  record "$run" "$mode" home_200 "$(( t200 - t0 ))"
  record "$run" "$mode" cpu_ours "$(( total * 1000 / CLK_TCK ))"
  record "$run" "$mode" cpu_others "$(( (b1 - b0) * 1000 / CLK_TCK - total * 1000 / CLK_TCK ))"
  record "$run" "$mode" busy_pct "$(( (b1 - b0) * 100 / (a1 - a0 > 0 ? a1 - a0 : 1) ))"
  # the banner comes once /health/ready is 200 (launcher polls every 500 ms)
  local deadline=$(( $(now_ms) + 120000 ))
  until grep -q 'HocLieu is running at' "$out" 2>/dev/null; do
    if ! alive "$lpid" || (( $(now_ms) >= deadline )) || stack_broken >/dev/null; then
      give_up "$run" "$mode" "$lpid" "no banner after the first 200 (output: ${out#"$ROOT"/})"
      keep_logs "$run" "$mode.a$ATTEMPT-given-up"; return 0
    fi
    sleep 0.1
  done
  local rebuilt=0
  if grep -q '\[hoclieu\] building' "$out"; then rebuilt=1; fi
  sleep "$SETTLE"
  find_stack_pids "$lpid"
  for key in mariadb elasticsearch worker payara; do
    [[ -n "${PIDS[$key]:-}" ]] || die "run $run $mode: no $key process found under launcher $lpid"
  done
  total=0
  for key in mariadb elasticsearch worker payara launcher; do
    p=$(rss_kb "${PIDS[$key]}"); record "$run" "$mode" "rss_$key" "$p"; total=$(( total + p ))
  done
  record "$run" "$mode" rss_total "$total"
  [[ "$(readlink -f "/proc/$lpid/exe")" == "$(readlink -f "$JAVA")" ]] \
    || FAILURES+=("run $run $mode: the launcher runs $(readlink -f "/proc/$lpid/exe"), the baseline $JAVA")

  # phases, from our stamps of the launcher's lines and from the services' own logs
  record "$run" "$mode" banner "$(ms_since "$t0" "$(stamped_ms "$out" 'HocLieu is running at')")"
  record "$run" "$mode" l_es_start "$(ms_since "$t0" "$(stamped_ms "$out" 'Elasticsearch: starting')")"
  record "$run" "$mode" l_payara_start "$(ms_since "$t0" "$(stamped_ms "$out" 'Payara Micro: starting')")"
  record "$run" "$mode" l_es_healthy "$(ms_since "$t0" "$(stamped_ms "$out" 'Elasticsearch: healthy')")"
  record "$run" "$mode" l_ready "$(ms_since "$t0" "$(stamped_ms "$out" 'Payara Micro: ready')")"
  record "$run" "$mode" es_started "$(ms_since "$t0" "$(es_ms "$DATA/es/logs/devnode.out" '\[o\.e\.n\.Node *\] \[[^]]*\] started')")"
  record "$run" "$mode" w_ready "$(ms_since "$t0" "$(worker_ms "$DATA/logs/worker.log" 'ready for job kinds')")"
  record "$run" "$mode" p_first_log "$(ms_since "$t0" "$(payara_first_ms "$DATA/logs/payara.log")")"
  record "$run" "$mode" p_deployed "$(ms_since "$t0" "$(payara_ms "$DATA/logs/payara.log" 'successfully deployed')")"
  record "$run" "$mode" p_migrated "$(ms_since "$t0" "$(payara_ms "$DATA/logs/payara.log" 'lms-core schema at version')")"
  record "$run" "$mode" p_seeded "$(ms_since "$t0" "$(payara_ms "$DATA/logs/payara.log" 'Seeded the demo school')")"
  record "$run" "$mode" p_ready "$(ms_since "$t0" "$(payara_ms "$DATA/logs/payara.log" 'Payara Micro .* ready in')")"

  # stop: SIGTERM to the launcher; its shutdown hook stops Payara, worker, ES, MariaDB
  local kids=()
  for key in mariadb elasticsearch worker payara; do kids+=("${PIDS[$key]}"); done
  stop_ms=$(stop_and_wait "$lpid" "${kids[@]}")
  rc=0; alive "$lpid" || { wait "$lpid" 2>/dev/null || rc=$?; }
  CURRENT_PID=""
  record "$run" "$mode" stop "$stop_ms"
  record "$run" "$mode" stop_rc "$rc"
  local left; left=$( { for p in "$lpid" "${kids[@]}"; do alive "$p" && echo "$p"; done; survivors; } | sort -u | tr '\n' ' ')
  if [[ -n "${left// /}" ]]; then
    FAILURES+=("run $run $mode: still alive ${STOP_TIMEOUT}s after SIGTERM to the launcher: $left")
    say "!!! processes survived the stop: $left — killing them"
    for p in $left; do ps -o pid=,args= -p "$p" | cut -c1-200 >&2 || true; kill -KILL "$p" 2>/dev/null || true; done
  fi
  keep_logs "$run" "$mode.a$ATTEMPT"
  rebuilt_meanwhile && rebuilt=1
  say "run $run: $mode first 200 after $(secs $(( t200 - t0 ))) s, stack RSS $(( total / 1024 )) MiB, stopped in $(secs "$stop_ms") s (exit $rc)"
  if (( rebuilt )); then
    # someone changed sources in this checkout or rebuilt it while we measured: not a start-up time
    discard "rebuilt"; DISCARDED+=("run $run $mode: the project was rebuilt during this start (by ./hoclieu run, sources having changed, or by someone's mvn); attempt repeated")
    say "run $run: $mode start discarded: the project was rebuilt during it"
    COUNTED=0; return 0
  fi
  commit; COUNTED=1
}

keep_logs() {   # run label: the services' logs of this start beside its console output
  mkdir -p "$RUNS_DIR/run$1-$2.logs"
  cp "$DATA"/logs/*.log "$DATA/es/logs/devnode.out" "$RUNS_DIR/run$1-$2.logs/" 2>/dev/null || true
}

# a start that could not count (rebuilt meanwhile, broken by someone else) is repeated;
# a cold one from a fresh data dir again
counted() {   # function run mode...
  for ATTEMPT in $(seq 1 "$MAX_ATTEMPTS"); do
    "$@"   # not in an && list: errexit must stay on inside
    (( COUNTED )) && return 0
  done
  FAILURES+=("run $2 ${3:-baseline}: none of $MAX_ATTEMPTS attempts could be counted")
}

for run in $(seq 1 "$RUNS"); do
  counted baseline_once "$run"
  counted stack_once "$run" cold
  counted stack_once "$run" warm
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
# stats "<mode>" "<key>" "<unit: s|MiB|pct|int>" -> "median (min–max)"
stats() {
  awk -F'\t' -v m="$1" -v k="$2" -v u="$3" '
    $2 == m && $3 == k && $4 != "" { v[n++] = $4 + 0 }
    function f(x) { if (u == "s") return sprintf("%.1f", x / 1000); if (u == "MiB") return sprintf("%.0f", x / 1024); if (u == "dec") return sprintf("%.2f", x); return sprintf("%.0f", x) }
    END {
      if (n == 0) { print "–"; exit }
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      med = (n % 2) ? v[int(n / 2)] : (v[n / 2 - 1] + v[n / 2]) / 2
      if (n == 1) print f(med); else printf "%s (%s–%s)\n", f(med), f(v[0]), f(v[n - 1])
    }' "$TSV"
}
# ratio of <mode>'s key1 to baseline's key2, per run (same iteration = same machine conditions)
ratio() {
  awk -F'\t' -v m="$1" -v k1="$2" -v k2="$3" '
    $2 == m && $3 == k1 { a[$1] = $4 } $2 == "baseline" && $3 == k2 { b[$1] = $4 }
    END {
      for (r in a) if ((r in b) && b[r] > 0) v[n++] = a[r] / b[r]
      if (n == 0) { print "–"; exit }
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      med = (n % 2) ? v[int(n / 2)] : (v[n / 2 - 1] + v[n / 2]) / 2
      if (n == 1) printf "%.2f×\n", med; else printf "%.2f× (%.2f–%.2f)\n", med, v[0], v[n - 1]
    }' "$TSV"
}
row() {   # label key unit [baseline-key]
  printf '| %s | %s | %s | %s |\n' "$1" "$(stats baseline "${4:-$2}" "$3")" "$(stats cold "$2" "$3")" "$(stats warm "$2" "$3")"
}
srow() {  # a stack-only row
  printf '| %s | | %s | %s |\n' "$1" "$(stats cold "$2" "$3")" "$(stats warm "$2" "$3")"
}
rrow() {  # label key1 key2
  printf '| %s | 1× | %s | %s |\n' "$1" "$(ratio cold "$2" "$3")" "$(ratio warm "$2" "$3")"
}

{
  echo "## bench/startup — $STARTED_AT"
  echo
  echo "Machine: nproc $(nproc), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo); load average (1/5/15 min) before $LOAD_BEFORE, after $LOAD_AFTER."
  echo "JDK: $JAVA_HOME — $JDK_VERSION. Payara Micro: $(basename "$PAYARA_JAR"). Commit $GIT_REV$GIT_DIRTY."
  case "$ISOLATE" in
    head) echo "Ran: \`./hoclieu run\` in target/src: the committed HEAD $GIT_REV, exported and built there (others' uncommitted work not included).";;
    0) echo "Ran: \`./hoclieu run\` in the live checkout (commit $GIT_REV$GIT_DIRTY).";;
    *) echo "Ran: \`./hoclieu run\` in a snapshot of the live checkout's build outputs (target/checkout; WAR built $(date -u -r "$RUN_ROOT/lms-web/target/lms-web.war" '+%H:%M:%S UTC')).";;
  esac
  echo "Runs: $RUNS × (baseline, cold-data start, warm-data start), in that order; RSS read ${SETTLE} s after the first 200."
  echo "Baseline: the same Payara Micro jar with the same JVM flags (-Xms256m -Xmx768m, vi_VN, --nocluster, fresh --rootdir) deploying a one-file WAR (index.html) at /."
  echo "Values: median (min–max) over the runs. Times are seconds from launching the command; RSS is VmRSS in MiB."
  echo
  echo "| measure | baseline: bare Payara Micro | stack, cold data | stack, warm data |"
  echo "|---|---|---|---|"
  row "**first 200 of GET /** (s)" home_200 s
  row "… of which the first successful GET / itself took (s)" home_req s
  rrow "**first 200 of GET /, ratio to baseline (per run)**" home_200 home_200
  srow "banner \"HocLieu is running at\" printed (s)" banner s
  row "RSS Payara Micro (MiB)" rss_payara MiB
  rrow "RSS Payara Micro, ratio to baseline" rss_payara rss_payara
  srow "RSS MariaDB (MiB)" rss_mariadb MiB
  srow "RSS Elasticsearch dev node (MiB)" rss_elasticsearch MiB
  srow "RSS ingest worker (MiB)" rss_worker MiB
  srow "RSS launcher JVM (MiB)" rss_launcher MiB
  row "**RSS total of the stack's processes** (MiB)" rss_total MiB rss_payara
  rrow "RSS total, ratio to baseline Payara" rss_total rss_payara
  row "clean stop after SIGTERM (s)" stop s
  srow "launcher exit code after SIGTERM" stop_rc int
  echo "| *phases (s after launch)* | | | |"
  srow "launcher: \"Elasticsearch: starting\" (script + launcher JVM boot)" l_es_start s
  srow "launcher: \"Payara Micro: starting\" (MariaDB up, db + user created; worker and Payara spawned)" l_payara_start s
  row "Payara: first log line" p_first_log s
  srow "worker: ready for jobs" w_ready s
  srow "ES dev node: \"started\"" es_started s
  srow "launcher: \"Elasticsearch: healthy\"" l_es_healthy s
  row "Payara: \"successfully deployed\"" p_deployed s
  srow "Payara: lms-core schema migrated" p_migrated s
  srow "Payara: demo school seeded (cold only)" p_seeded s
  row "Payara: \"Payara Micro … ready in\"" p_ready s
  srow "launcher: \"Payara Micro: ready\" (/health/ready 200)" l_ready s
  echo "| *noise* | | | |"
  row "CPU time of our processes until the first 200 (s)" cpu_ours s
  srow "CPU time of other processes meanwhile (s, approx.)" cpu_others s
  row "machine busy until the first 200 (% of $(nproc) cores)" busy_pct int
  row "load average (1 min) at launch" load1 dec
  row "CPU pressure at launch (PSI some avg60, % of time a task waited for a CPU)" psi_cpu int
  echo
  if ((${#DISCARDED[@]})); then
    echo "**Discarded starts** (raw values in target/discarded.tsv):"; printf -- '- %s\n' "${DISCARDED[@]}"; echo
  fi
  if ((${#FAILURES[@]})); then
    echo "**Problems:**"; printf -- '- %s\n' "${FAILURES[@]}"; echo
  fi
  echo "<details><summary>per-run values (ms, kB)</summary>"
  echo
  echo '```'
  awk -F'\t' '{ k = $2 "\t" $3; if (!(k in seen)) { order[n++] = k; seen[k] = 1 } val[k] = val[k] "\t" ($4 == "" ? "-" : $4) }
    END { for (i = 0; i < n; i++) print order[i] val[order[i]] }' "$TSV" | column -t -s $'\t'
  echo '```'
  echo "</details>"
} | tee "$MD"

# the stack's data (~650 MB: MariaDB, ES) and the baseline's Payara root are not worth keeping
if [[ "${KEEP_DATA:-0}" != 1 ]]; then rm -rf "$DATA" "$BASE/root" "$BASE/tmp"; fi
((${#FAILURES[@]} == 0)) || { say "finished with problems (see above)"; exit 1; }
say "done: $MD"
