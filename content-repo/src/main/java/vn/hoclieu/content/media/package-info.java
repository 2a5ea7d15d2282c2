/**
 * Media chores of ingest, as a library without state: {@link vn.hoclieu.content.media.VideoProbe},
 * {@link vn.hoclieu.content.media.VideoTranscoder} (360p and 240p H.264/AAC MP4, faststart),
 * {@link vn.hoclieu.content.media.PosterFrame}, {@link vn.hoclieu.content.media.Captions} (SRT or
 * WebVTT → WebVTT + plain text), {@link vn.hoclieu.content.media.AudioProbe} and
 * {@link vn.hoclieu.content.media.ImagePreview}. Inputs they refuse raise
 * {@link vn.hoclieu.content.media.MediaFailure} with a stable code ({@code not-a-video},
 * {@code truncated}, …) for the web tier to translate.
 *
 * <p><b>Worker process only.</b> Video and sound go through FFmpeg (JavaCV, native code), which a
 * damaged upload can crash: call these classes in the isolated child process of the ingest worker,
 * never in Payara. The JavaCV/FFmpeg jars are optional dependencies of content-repo: on the worker's
 * classpath ({@code target/worker.classpath}), never in the WAR. Captions and images are pure Java.
 *
 * <p>Runtime notes: FFmpeg's natives unpack on first use into {@code ~/.javacpp/cache}; give the
 * worker {@code -Dorg.bytedeco.javacpp.cachedir=<a writable, persistent dir>} (and
 * {@code --enable-native-access=ALL-UNNAMED} on JDK 24+ to silence the restricted-method warning).
 * FFmpeg's own log goes to java.util.logging, logger {@code vn.hoclieu.content.media.ffmpeg}, at
 * FINE and below (FFmpeg errors about a bad upload are reported by our {@code MediaFailure}, not as
 * log noise). One job at a time per process: the decode-damage count reads FFmpeg's process-wide log.
 */
package vn.hoclieu.content.media;
