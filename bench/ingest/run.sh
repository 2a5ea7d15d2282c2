#!/usr/bin/env bash
# bench/ingest: documents per second of HocLieu's DocumentExtractor and of the whole ingest pipeline
# (blob store → MariaDB job → worker → task host JVM → MariaDB) vs raw Tika on the same corpus, in
# the same run, interleaved rounds. See bench/ingest/README.md.
#
#   bench/ingest/run.sh                              # 2 warm-up + 5 measured rounds
#   WARMUP=1 ROUNDS=3 bench/ingest/run.sh
#   CORPUS=/path/to/corpus bench/ingest/run.sh       # reads $CORPUS/docs, $CORPUS/epub, $CORPUS/text-vi
#   WHOLE=0 bench/ingest/run.sh                      # in-process pipelines only (no MariaDB, no worker)
#   TASKS_PER_CHILD=200 bench/ingest/run.sh          # files per task host JVM (the worker's default otherwise)
#
# Needs content-repo built: mvn -B -q -pl content-repo -am package -DskipTests
# Output: Markdown on stdout and in bench/ingest/target/results.md; progress on stderr.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
CORPUS=${CORPUS:-$ROOT/../shared/corpus}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-5}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
WHOLE=${WHOLE:-1}

die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

CLASSES=$ROOT/content-repo/target/classes
# the test classpath is the worker's plus devstack (embedded MariaDB for the whole pipeline)
WORKER_CP=$ROOT/content-repo/target/test.classpath
[[ -f $CLASSES/vn/hoclieu/content/extraction/DocumentExtractor.class && -f $WORKER_CP ]] \
  || die "content-repo is not built: mvn -B -q -pl content-repo -am package -DskipTests"
for dir in docs epub text-vi; do [[ -d $CORPUS/$dir ]] || die "no corpus folder $CORPUS/$dir"; done
CP=$CLASSES:$(cat "$WORKER_CP")
WHOLE_ARGS=()
[[ $WHOLE == 0 ]] || WHOLE_ARGS=(--target "$TARGET")
[[ $WHOLE == 0 || -z ${TASKS_PER_CHILD:-} ]] || WHOLE_ARGS+=(--tasks-per-child "$TASKS_PER_CHILD")

rm -rf "$TARGET/classes"
mkdir -p "$TARGET/classes"
"$JAVAC" -nowarn -d "$TARGET/classes" -cp "$CP" $(find "$BENCH/src/main/java" -name '*.java')

# shellcheck disable=SC2086  # BENCH_JAVA_OPTS holds several options
exec "$JAVA" $BENCH_JAVA_OPTS -Djava.awt.headless=true -cp "$TARGET/classes:$CP" \
  vn.hoclieu.bench.ingest.IngestBench --warmup "$WARMUP" --rounds "$ROUNDS" --out "$TARGET/results.md" \
  "${WHOLE_ARGS[@]}" "$CORPUS/docs" "$CORPUS/epub" "$CORPUS/text-vi"
