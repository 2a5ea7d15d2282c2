#!/usr/bin/env bash
# bench/search: bulk indexing throughput of our indexer (MaterialIndex.write) vs raw _bulk, search
# latency of GET /api/v1/search vs the same request sent raw to Elasticsearch, RSS of the node and
# of Payara; baselines measured in the same run. See bench/search/README.md.
#
#   bench/search/run.sh                              # full size: 100,000 materials (tens of minutes)
#   DOCS=5000 ROUND_DOCS=2000 REQUESTS=300 bench/search/run.sh   # quick try (a few minutes)
#   SEARCH=0 bench/search/run.sh                     # indexing only (no MariaDB, no Payara)
#   BUILD=0 bench/search/run.sh                      # use the modules as built
#   REUSE_INDEX=1 bench/search/run.sh                # search again on the index a previous run left (no indexing)
#
# Output: Markdown on stdout and in bench/search/target/results.md; progress on stderr; the node's,
# Payara's and the worker's logs below bench/search/target/.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
CORPUS=${CORPUS:-$ROOT/../shared/corpus}
DOCS=${DOCS:-100000}               # materials in the searched index
ROUND_DOCS=${ROUND_DOCS:-10000}    # materials per indexing round (each side, fresh index)
WARMUP_ROUNDS=${WARMUP_ROUNDS:-1}
ROUNDS=${ROUNDS:-3}
REQUESTS=${REQUESTS:-300}          # search requests per side per concurrency level (~0.5–1 s each at 100k on the shared machine)
WARMUP_REQUESTS=${WARMUP_REQUESTS:-50}
REUSE_INDEX=${REUSE_INDEX:-0}      # 1: keep target/es and, if the alias holds DOCS materials, skip indexing (search only)
CONCURRENCY=${CONCURRENCY:-1,4}
SEARCH=${SEARCH:-1}
SEED=${SEED:-2026}
BUILD=${BUILD:-1}
ES_PORT=${BENCH_ES_PORT:-19201}
HTTP_PORT=${BENCH_HTTP_PORT:-18081}
DB_PORT=${BENCH_DB_PORT:-13308}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}

die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
[[ -d $CORPUS/text-vi ]] || die "no corpus folder $CORPUS/text-vi (set CORPUS)"

if [[ $BUILD != 0 ]]; then
  # a reactor build up to the launcher (it needs the WAR); never install: others use ~/.m2
  printf '[bench] building (mvn -o -q -pl launcher -am package -DskipTests)\n' >&2
  (cd "$ROOT" && MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow} \
     mvn -B -o -q -pl launcher -am package -DskipTests) || die "build failed"
fi
LAUNCHER_CP=$ROOT/launcher/target/runtime/launcher.classpath
[[ -f $LAUNCHER_CP && -f $ROOT/lms-web/target/lms-web.war && -f $ROOT/search-indexer/target/devnode.classpath ]] \
  || die "not built: run without BUILD=0"
# the launcher's classpath lacks the Java client's Jackson 2 binding (the launcher never opens a client):
# take those jars from search-indexer's runtime classpath
JACKSON=$(tr ':' '\n' <"$ROOT/search-indexer/target/devnode.classpath" | grep '/com/fasterxml/jackson/' | paste -sd: -)
CP=$ROOT/launcher/target/classes:$ROOT/search-indexer/target/classes:$ROOT/content-repo/target/classes:$(cat "$LAUNCHER_CP"):$JACKSON

# a fresh node and a fresh application database every run; the generated data is never kept
[[ $REUSE_INDEX == 1 ]] || rm -rf "$TARGET/es"
rm -rf "$TARGET/var" "$TARGET/classes"
mkdir -p "$TARGET/classes"
"$JAVAC" -nowarn -d "$TARGET/classes" -cp "$CP" $(find "$BENCH/src/main/java" -name '*.java')

# the bench JVM stops the node and the stack itself (also on SIGTERM, by a shutdown hook); the
# trap only forwards Ctrl-C / TERM to it and waits, so nothing it started is left behind
BENCH_PID=
stop() { [[ -n $BENCH_PID ]] && kill -TERM "$BENCH_PID" 2>/dev/null && wait "$BENCH_PID" 2>/dev/null; exit 130; }
trap stop INT TERM

# shellcheck disable=SC2086  # BENCH_JAVA_OPTS holds several options
"$JAVA" $BENCH_JAVA_OPTS -cp "$TARGET/classes:$CP" vn.hoclieu.bench.search.SearchBench \
  --root "$ROOT" --target "$TARGET" --corpus "$CORPUS" --docs "$DOCS" --round-docs "$ROUND_DOCS" \
  --warmup-rounds "$WARMUP_ROUNDS" --rounds "$ROUNDS" --requests "$REQUESTS" --warmup-requests "$WARMUP_REQUESTS" \
  --concurrency "$CONCURRENCY" --search "$SEARCH" --seed "$SEED" --reuse-index "$REUSE_INDEX" \
  --es-port "$ES_PORT" --http-port "$HTTP_PORT" --db-port "$DB_PORT" &
BENCH_PID=$!
wait "$BENCH_PID"
