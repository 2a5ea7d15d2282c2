#!/bin/sh
# Build stage helper (docker/Dockerfile and docker/Dockerfile.worker): copies what the ingest
# worker needs out of the Maven build, so the runtime stage has no Maven and no ~/.m2.
#
#   $OUT/classes/         content-repo/target/classes
#   $OUT/lib/<repo path>  every jar listed in content-repo/target/worker.classpath, under its
#                         path relative to the local repository (two artifacts may share a
#                         file name, so the jars are not flattened into one folder)
#   $OUT/worker.argfile   "-cp <classes>:<jars in the listed order>" for `java @worker.argfile`
#                         (the order of worker.classpath is kept; a lib/* wildcard would lose it)
#
# worker.classpath is what maven-dependency-plugin:build-classpath writes: absolute paths joined
# by ':' (newlines are accepted too).
# Env: SRC (repository root, default /src), OUT (default /out/worker), MAVEN_REPO (local
# repository the build used, default /root/.m2/repository), RUNTIME_HOME (where $OUT is
# copied in the runtime image, default /opt/hoclieu/worker).
set -eu

SRC=${SRC:-/src}
OUT=${OUT:-/out/worker}
MAVEN_REPO=${MAVEN_REPO:-/root/.m2/repository}
RUNTIME_HOME=${RUNTIME_HOME:-/opt/hoclieu/worker}
CP_FILE="$SRC/content-repo/target/worker.classpath"
CLASSES="$SRC/content-repo/target/classes"

if [ ! -f "$CP_FILE" ]; then
    echo "collect-worker: $CP_FILE is missing; content-repo's 'mvn package' must write it" >&2
    exit 1
fi
if [ ! -d "$CLASSES" ]; then
    echo "collect-worker: $CLASSES is missing; did 'mvn package' run?" >&2
    exit 1
fi

rm -rf "$OUT"
mkdir -p "$OUT/lib"
cp -R "$CLASSES" "$OUT/classes"

classpath="$RUNTIME_HOME/classes"
count=0
list=$(mktemp)
tr ':' '\n' < "$CP_FILE" > "$list"
while IFS= read -r entry || [ -n "$entry" ]; do
    entry=$(printf '%s' "$entry" | tr -d '\r')
    [ -n "$entry" ] || continue
    case "$entry" in
        "$CLASSES"|"$CLASSES"/) continue ;;                     # already copied above
        "$MAVEN_REPO"/*) rel=${entry#"$MAVEN_REPO"/} ;;
        "$SRC"/*) rel=project/${entry#"$SRC"/} ;;               # a reactor module's jar/classes
        *) rel=other/$(basename "$entry") ;;
    esac
    if [ ! -e "$entry" ]; then
        echo "collect-worker: $entry (listed in worker.classpath) does not exist" >&2
        exit 1
    fi
    mkdir -p "$OUT/lib/$(dirname "$rel")"
    cp -R "$entry" "$OUT/lib/$rel"
    classpath="$classpath:$RUNTIME_HOME/lib/$rel"
    count=$((count + 1))
done < "$list"
rm -f "$list"

printf '%s\n' "-cp \"$classpath\"" > "$OUT/worker.argfile"
echo "collect-worker: classes + $count classpath entries -> $OUT"
