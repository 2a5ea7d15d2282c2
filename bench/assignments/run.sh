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
source "$ROOT/bench/common/stack.sh"

bench_build
bench_start_stack

"$JAVA" -Xmx1g -cp "$TARGET/classes:$BENCH_CP" vn.hoclieu.bench.assignments.AssignmentBench \
  --url "http://127.0.0.1:$HTTP_PORT/" --jdbc "jdbc:mariadb://127.0.0.1:$DB_PORT/hoclieu" --payara-pid "$PAYARA_PID" \
  --pupils "$PUPILS" --window "$WINDOW" --file-bytes "$FILE_BYTES" --baseline "$BASELINE" --seed "$SEED" \
  --out "$TARGET/results.md"
