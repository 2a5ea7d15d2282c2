package vn.hoclieu.content.media;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A rendition written by {@link VideoTranscoder}, measured on the file itself.
 *
 * @param bitrate overall bit rate, bit/s: bytes × 8 / duration (what a pupil's link must carry)
 * @param width   picture width as shown (rotation applied)
 * @param height  picture height as shown
 */
public record RenditionFile(Rendition rendition, Path path, int width, int height, long bitrate,
                            Duration duration, long bytes) {
}
