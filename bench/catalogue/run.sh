#!/usr/bin/env bash
# bench/catalogue: bytes over the wire of the public catalogue and of the course player (first visit,
# warm cache), and VISITORS anonymous visitors browsing the catalogue over WINDOW seconds, against the
# system `./hoclieu run` starts (its own data in bench/catalogue/target/var, its own ports); baseline
# in the same run: the same arrivals asking for a static file. Needs Debian's chromium and
# chromium-driver (HOCLIEU_CHROMIUM / HOCLIEU_CHROMEDRIVER to point elsewhere). See bench/catalogue/README.md.
#
#   bench/catalogue/run.sh                               # 1,000 visitors over 5 minutes (~15 min in all)
#   VISITORS=100 WINDOW=30 bench/catalogue/run.sh        # quick try (~6 min)
#   BUILD=0 bench/catalogue/run.sh                       # use the modules as built
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
VISITORS=${VISITORS:-1000}
WINDOW=${WINDOW:-300}
COURSES=${COURSES:-24}
SEED=${SEED:-2026}
source "$ROOT/bench/common/stack.sh"

# Selenium (the launcher's test classpath) drives Debian's Chromium for the bytes on the wire
(cd "$ROOT" && mvn -B -q dependency:build-classpath -pl launcher -Dmdep.includeScope=test \
   -Dmdep.outputFile="$TARGET/selenium.classpath") || die "could not resolve the launcher's test classpath"
SELENIUM_CP=$(tr ':' '\n' <"$TARGET/selenium.classpath" | grep -v '/tools/jackson/' | paste -sd:)
BENCH_EXTRA_CP=$SELENIUM_CP
bench_build
bench_start_stack

"$JAVA" -Xmx1g -cp "$TARGET/classes:$BENCH_CP:$SELENIUM_CP" vn.hoclieu.bench.catalogue.CatalogueBench \
  --url "http://127.0.0.1:$HTTP_PORT/" --payara-pid "$PAYARA_PID" --visitors "$VISITORS" --window "$WINDOW" \
  --courses "$COURSES" --seed "$SEED" --out "$TARGET/results.md"
