#!/usr/bin/env bash
# bench/transcode: CPU-seconds per media-second of HocLieu's 360p rendition (VideoTranscoder, JavaCV)
# against the Debian ffmpeg command line with the same settings on the same input, alternating,
# ROUNDS times. See bench/transcode/README.md.
#
#   bench/transcode/run.sh                      # ROUNDS=5, input: the corpus clip looped to ~33 s
#   ROUNDS=3 LOOPS=1 bench/transcode/run.sh     # the 8.3 s clip as it is
#   INPUT=/path/to/lesson.mp4 bench/transcode/run.sh
#   OURS_JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/transcode/run.sh   # JVM flags of our side only
#
# Needs: the ffmpeg and ffprobe commands (Debian: apt-get install ffmpeg), GNU time (/usr/bin/time),
# a JDK >= 21, and a built content-repo (mvn -B -q package -DskipTests -pl content-repo -am), whose
# target/classes and target/worker.classpath it runs against. Installs nothing.
# Output: a Markdown table on stdout and in bench/transcode/target/results.md; raw numbers in
# bench/transcode/target/results.tsv. Writes only below bench/transcode/target/.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
TARGET=$BENCH/target
ROUNDS=${ROUNDS:-5}
LOOPS=${LOOPS:-4}
SAMPLE=$ROOT/content-repo/src/test/resources/media/forensics_movie-hello.mp4
INPUT=${INPUT:-}
OURS_JAVA_OPTS=${OURS_JAVA_OPTS:-}

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] FAILED: %s\n' "$*" >&2; exit 1; }

[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, was: $ROUNDS"
for tool in ffmpeg ffprobe; do
  command -v $tool >/dev/null || die "$tool not found: install it (Debian: apt-get install ffmpeg); this script installs nothing"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) not found (Debian: apt-get install time)"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x "$JAVA_HOME/bin/javac" ]] || die "no JDK at JAVA_HOME=$JAVA_HOME"
CLASSES=${CLASSES:-$ROOT/content-repo/target/classes}   # override to measure another build of the classes
WORKER_CP=$ROOT/content-repo/target/worker.classpath
[[ -f "$CLASSES/vn/hoclieu/content/media/VideoTranscoder.class" && -f "$WORKER_CP" ]] \
  || die "build content-repo first: mvn -B -q package -DskipTests -pl content-repo -am"

mkdir -p "$TARGET/classes" "$TARGET/out"
# a snapshot of the build outputs: a rebuild of content-repo during the run must not change what runs
rm -rf "$TARGET/content-classes"
cp -r "$CLASSES" "$TARGET/content-classes"
cp "$WORKER_CP" "$TARGET/worker.classpath"
[[ -f "$TARGET/content-classes/vn/hoclieu/content/media/VideoTranscoder.class" ]] || die "content-repo was being rebuilt: run again"
CP="$TARGET/content-classes:$(cat "$TARGET/worker.classpath")"
"$JAVA_HOME/bin/javac" --release 21 -d "$TARGET/classes" -cp "$CP" "$BENCH/src/TranscodeBench.java"

# ---------------------------------------------------------------- input
if [[ -z "$INPUT" ]]; then
  INPUT=$TARGET/input-x$LOOPS.mp4
  if [[ ! -s "$INPUT" ]]; then
    # the real clip, stream-copied LOOPS times (no re-encoding), so start-up weighs less than in 8 s
    ffmpeg -nostdin -v error -y -stream_loop $((LOOPS - 1)) -i "$SAMPLE" -c copy -movflags +faststart "$INPUT"
  fi
fi
MEDIA=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$INPUT")
read -r W H FPS < <(ffprobe -v error -select_streams v:0 -show_entries stream=width,height,avg_frame_rate \
  -of default=nw=1:nk=1 "$INPUT" | paste -sd' ')
say "input $INPUT: ${W}x${H} ${FPS} fps, $MEDIA s; $ROUNDS rounds; $(nproc) CPUs"

# The same settings as Rendition.P360 / VideoTranscoder: 640x360 box, bicubic, x264 veryfast main,
# 536k video, GOP 4 s, AAC 64k mono at the source's rate, faststart.
read -r OW OH < <(python3 -c "
w,h=$W,$H; s=min(640/w,360/h)
print(*( (w//2*2,h//2*2) if s>=1 else (min(round(w*s/2)*2,640),min(round(h*s/2)*2,360)) ))")
GOP=$(python3 -c "from fractions import Fraction as F; f=float(F('$FPS')); print(round(f*4))")
RATE=$(ffprobe -v error -select_streams a:0 -show_entries stream=sample_rate -of default=nw=1:nk=1 "$INPUT" || true)
AUDIO=(-an)
[[ -n "$RATE" ]] && AUDIO=(-c:a aac -b:a 64k -ac 1 -ar "$RATE")
FFMPEG=(ffmpeg -nostdin -v error -y -i "$INPUT" -vf "scale=$OW:$OH:flags=bicubic" -pix_fmt yuv420p
        -c:v libx264 -preset veryfast -profile:v main -b:v 536k -g "$GOP" "${AUDIO[@]}" -movflags +faststart)

cpu_of() { awk '{ printf "%.3f", $1 + $2 }' "$1"; }   # GNU time -f "%U %S"

TSV=$TARGET/results.tsv
printf 'round\tffmpeg_cpu\tours_jvm_total_cpu\tours_main_cpu\tours_run1_cpu\tours_run2_cpu\tffmpeg_bytes\tours_bytes\n' > "$TSV"
for round in $(seq 1 "$ROUNDS"); do
  # ffmpeg CLI
  /usr/bin/time -f '%U %S' -o "$TARGET/time.ffmpeg" "${FFMPEG[@]}" "$TARGET/out/ffmpeg.mp4"
  ff=$(cpu_of "$TARGET/time.ffmpeg")
  # ours: a fresh JVM transcoding twice; run 1 is cold (JIT, natives), run 2 warm
  rm -rf "$TARGET/out/ours"
  /usr/bin/time -f '%U %S' -o "$TARGET/time.ours" \
    "$JAVA_HOME/bin/java" $OURS_JAVA_OPTS --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
      -cp "$CP:$TARGET/classes" TranscodeBench "$INPUT" "$TARGET/out/ours" 2 > "$TARGET/ours.out"
  total=$(cpu_of "$TARGET/time.ours")
  main=$(awk '$1=="main"{print $2}' "$TARGET/ours.out")
  run1=$(awk '$1=="run" && $2==1 {print $3}' "$TARGET/ours.out")
  run2=$(awk '$1=="run" && $2==2 {print $3}' "$TARGET/ours.out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$ff" "$total" "$main" "$run1" "$run2" \
    "$(stat -c %s "$TARGET/out/ffmpeg.mp4")" "$(awk '$1=="run" && $2==2 {print $4}' "$TARGET/ours.out")" >> "$TSV"
  say "round $round: ffmpeg $ff s; ours: JVM total $total s (until main $main, run 1 $run1, run 2 $run2)"
done

python3 - "$TSV" "$MEDIA" "$INPUT" "$OURS_JAVA_OPTS" <<'PY' | tee "$TARGET/results.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
media = float(sys.argv[2])
med = lambda k: statistics.median(float(r[k]) for r in rows)
ff = med('ffmpeg_cpu')
# a single cold transcode in its own JVM = everything the JVM spent minus the warm second run
cold = statistics.median(float(r['ours_jvm_total_cpu']) - float(r['ours_run2_cpu']) for r in rows)
warm = med('ours_run2_cpu')
run1 = med('ours_run1_cpu')
opts = sys.argv[4] or "(none)"
print(f"360p of {sys.argv[3].split('/')[-1]} ({media:.2f} s), median of {len(rows)} alternating rounds, CPU = user + sys; our JVM flags: {opts}\n")
print("| what | CPU-s | CPU-s per media-s | vs ffmpeg CLI |")
print("|---|---|---|---|")
print(f"| ffmpeg CLI (Debian), same settings | {ff:.2f} | {ff/media:.3f} | 1.00 |")
print(f"| ours, own JVM, one cold transcode (JVM start, natives, JIT included) | {cold:.2f} | {cold/media:.3f} | {cold/ff:.2f} |")
print(f"| ours, first transcode in the JVM (from main) | {run1:.2f} | {run1/media:.3f} | {run1/ff:.2f} |")
print(f"| ours, warm (second transcode, same JVM) | {warm:.2f} | {warm/media:.3f} | {warm/ff:.2f} |")
fb, ob = int(rows[-1]['ffmpeg_bytes']), int(rows[-1]['ours_bytes'])
print(f"\nOutput (last round): ffmpeg {fb} bytes = {fb*8/media/1000:.0f} kb/s; ours {ob} bytes = {ob*8/media/1000:.0f} kb/s")
PY
