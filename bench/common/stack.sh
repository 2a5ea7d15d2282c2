# Sourced by the benchmarks' run.sh: build, compile the bench's Java sources with the shared ones, and
# start the system exactly as `./hoclieu run` starts it, on the bench's own data and ports.
# Expects BENCH (the bench's directory), ROOT and TARGET; sets JAVA, BENCH_CP (the bench's classpath
# without its classes), STACK_PID and PAYARA_PID.

HTTP_PORT=${BENCH_HTTP_PORT:-18082}
DB_PORT=${BENCH_DB_PORT:-13309}
ES_PORT=${BENCH_ES_PORT:-19202}
START_TIMEOUT=${START_TIMEOUT:-600}
BUILD=${BUILD:-1}

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

bench_build() {
  if [[ $BUILD != 0 ]]; then
    say "building (./hoclieu build)"
    (cd "$ROOT" && ./hoclieu build) || die "build failed"
  fi
  local launcher_cp=$ROOT/launcher/target/runtime/launcher.classpath
  [[ -f $launcher_cp ]] || die "not built: run without BUILD=0"
  DRIVER=$(tr ':' '\n' <"$launcher_cp" | grep '/mariadb-java-client-' | head -1)
  [[ -n $DRIVER ]] || die "no MariaDB driver on the launcher's classpath"
  # the MariaDB driver for seeding, Jackson for reading the API's answers
  BENCH_CP=$(tr ':' '\n' <"$launcher_cp" | grep -E '/mariadb-java-client-|/tools/jackson/core/|/jackson-annotations-' | paste -sd:)
  rm -rf "$TARGET/var" "$TARGET/classes"
  mkdir -p "$TARGET/classes"
  "$JAVAC" -nowarn -d "$TARGET/classes" -cp "$BENCH_CP${BENCH_EXTRA_CP:+:$BENCH_EXTRA_CP}" \
    $(find "$BENCH/src/main/java" "$ROOT/bench/common/src/main/java" -name '*.java')
}

stop_stack() {
  if [[ -n ${STACK_PID:-} ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    say "stopping the stack"
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
}

bench_start_stack() {
  say "starting ./hoclieu run (data in $TARGET/var, http://127.0.0.1:$HTTP_PORT/)"
  trap stop_stack EXIT
  trap 'exit 130' INT TERM
  (cd "$ROOT" && HOCLIEU_VAR="$TARGET/var" HOCLIEU_HTTP_PORT=$HTTP_PORT HOCLIEU_DB_PORT=$DB_PORT HOCLIEU_ES_PORT=$ES_PORT \
     exec ./hoclieu run) >"$TARGET/launcher.log" 2>&1 &
  STACK_PID=$!
  local deadline=$((SECONDS + START_TIMEOUT))
  until curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do
    kill -0 "$STACK_PID" 2>/dev/null || die "the stack exited; see $TARGET/launcher.log"
    ((SECONDS < deadline)) || die "not ready within $START_TIMEOUT s; see $TARGET/launcher.log"
    sleep 2
  done
  PAYARA_PID=
  local p
  for p in $(pgrep -f payara-micro || true); do
    if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- "$TARGET/var"; then PAYARA_PID=$p; fi
  done
  [[ -n $PAYARA_PID ]] || die "no Payara Micro process of this stack found"
  say "ready; Payara pid $PAYARA_PID"
}
