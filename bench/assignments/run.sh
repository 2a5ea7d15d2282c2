#!/usr/bin/env bash
# bench/assignments: PUPILS pupils each sign in, open their assignment, upload a 1 MB file and
# submit, spread over WINDOW seconds, against the system `./hoclieu run` starts (its own data in
# bench/assignments/target/var, its own ports); baseline in the same run: the same uploads through
# the repository's raw tus path at the same arrival rate. See bench/assignments/README.md.
#
#   bench/assignments/run.sh                          # 2,000 pupils in 10 minutes (~20 min in all)
#   PUPILS=200 WINDOW=60 BASELINE=60 bench/assignments/run.sh   # quick try (~5 min)
#   BUILD=0 bench/assignments/run.sh                  # use the modules as built
#
# Output: Markdown on stdout and in bench/assignments/target/results.md; the stack's logs in
# bench/assignments/target/var/logs and target/launcher.log.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
PUPILS=${PUPILS:-2000}
WINDOW=${WINDOW:-600}
FILE_BYTES=${FILE_BYTES:-1048576}
BASELINE=${BASELINE:-300}
SEED=${SEED:-2026}
BUILD=${BUILD:-1}
HTTP_PORT=${BENCH_HTTP_PORT:-18082}
DB_PORT=${BENCH_DB_PORT:-13309}
ES_PORT=${BENCH_ES_PORT:-19202}
START_TIMEOUT=${START_TIMEOUT:-600}

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

if [[ $BUILD != 0 ]]; then
  say "building (./hoclieu build)"
  (cd "$ROOT" && ./hoclieu build) || die "build failed"
fi
LAUNCHER_CP=$ROOT/launcher/target/runtime/launcher.classpath
[[ -f $LAUNCHER_CP ]] || die "not built: run without BUILD=0"
DRIVER=$(tr ':' '\n' <"$LAUNCHER_CP" | grep '/mariadb-java-client-' | head -1)
[[ -n $DRIVER ]] || die "no MariaDB driver on the launcher's classpath"

rm -rf "$TARGET/var" "$TARGET/classes"
mkdir -p "$TARGET/classes"
"$JAVAC" -nowarn -d "$TARGET/classes" -cp "$DRIVER" $(find "$BENCH/src/main/java" -name '*.java')

# the system exactly as `./hoclieu run` starts it, on its own data and ports
say "starting ./hoclieu run (data in $TARGET/var, http://127.0.0.1:$HTTP_PORT/)"
STACK_PID=
stop_stack() {
  if [[ -n $STACK_PID ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    say "stopping the stack"
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
}
trap stop_stack EXIT
trap 'exit 130' INT TERM
(cd "$ROOT" && HOCLIEU_VAR="$TARGET/var" HOCLIEU_HTTP_PORT=$HTTP_PORT HOCLIEU_DB_PORT=$DB_PORT HOCLIEU_ES_PORT=$ES_PORT \
   exec ./hoclieu run) >"$TARGET/launcher.log" 2>&1 &
STACK_PID=$!
deadline=$((SECONDS + START_TIMEOUT))
until curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do
  kill -0 "$STACK_PID" 2>/dev/null || die "the stack exited; see $TARGET/launcher.log"
  ((SECONDS < deadline)) || die "not ready within $START_TIMEOUT s; see $TARGET/launcher.log"
  sleep 2
done
PAYARA_PID=
for p in $(pgrep -f payara-micro || true); do
  if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- "$TARGET/var"; then PAYARA_PID=$p; fi
done
[[ -n $PAYARA_PID ]] || die "no Payara Micro process of this stack found"
say "ready; Payara pid $PAYARA_PID"

"$JAVA" -Xmx1g -cp "$TARGET/classes:$DRIVER" vn.hoclieu.bench.assignments.AssignmentBench \
  --url "http://127.0.0.1:$HTTP_PORT/" --jdbc "jdbc:mariadb://127.0.0.1:$DB_PORT/hoclieu" --payara-pid "$PAYARA_PID" \
  --pupils "$PUPILS" --window "$WINDOW" --file-bytes "$FILE_BYTES" --baseline "$BASELINE" --seed "$SEED" \
  --out "$TARGET/results.md"
