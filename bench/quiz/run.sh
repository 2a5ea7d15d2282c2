#!/usr/bin/env bash
# bench/quiz: for each N in SIZES, N signed-in pupils start a 20-question quiz at the same second and
# save an answer every MIN_GAP–MAX_GAP seconds until they hand in, against the system `./hoclieu run`
# starts (its own data in bench/quiz/target/var, its own ports); baseline in the same run, before each
# N: the same sessions, the same start and cadence, GET /api/v1/auth/me. See bench/quiz/README.md.
#
#   bench/quiz/run.sh                                   # N = 500, 1,000, 2,000 (~35 min in all)
#   SIZES=100,200 BASELINE_SECONDS=30 bench/quiz/run.sh # quick try (~8 min)
#   BUILD=0 bench/quiz/run.sh                           # use the modules as built
#   PREPARE_SECONDS=0 bench/quiz/run.sh                 # nobody opens the page first: each start prepares
#
# Output: Markdown on stdout and in bench/quiz/target/results.md; the stack's logs in
# bench/quiz/target/var/logs and target/launcher.log.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
SIZES=${SIZES:-500,1000,2000}
MIN_GAP=${MIN_GAP:-5}
MAX_GAP=${MAX_GAP:-20}
BASELINE_SECONDS=${BASELINE_SECONDS:-120}
SEED=${SEED:-2026}
PREPARE_SECONDS=${PREPARE_SECONDS:-60}   # pupils open the quiz page over this time before the start; 0: they do not
source "$ROOT/bench/common/stack.sh"

bench_build
bench_start_stack

"$JAVA" -Xmx1g -cp "$TARGET/classes:$BENCH_CP" vn.hoclieu.bench.quiz.QuizBench \
  --url "http://127.0.0.1:$HTTP_PORT/" --jdbc "jdbc:mariadb://127.0.0.1:$DB_PORT/hoclieu" --payara-pid "$PAYARA_PID" \
  --sizes "$SIZES" --min-gap "$MIN_GAP" --max-gap "$MAX_GAP" --baseline-seconds "$BASELINE_SECONDS" --seed "$SEED" --prepare-seconds "$PREPARE_SECONDS" \
  --out "$TARGET/results.md"
