package vn.hoclieu.content.media;

import java.time.Duration;

/**
 * What {@link VideoProbe} learnt about a video file.
 *
 * @param container       demuxer name as a person would say it ("mp4", "mov", "matroska", "webm", "avi", "ogg", …)
 * @param duration        the container's duration (the longest stream if the container does not say)
 * @param width           coded width of the video stream, in pixels
 * @param height          coded height of the video stream, in pixels
 * @param displayWidth    width as shown: after non-square pixels and rotation
 * @param displayHeight   height as shown: after non-square pixels and rotation
 * @param fps             average frame rate (0 if unknown)
 * @param videoCodec      FFmpeg codec name ("h264", "hevc", "vp9", "theora", …)
 * @param audioCodec      FFmpeg codec name of the audio stream, or {@code null} if there is none
 * @param rotation        clockwise degrees the picture is turned for display: 0, 90, 180 or 270
 * @param bitrate         overall bit rate in bit/s (0 if unknown)
 * @param bytes           file size
 */
public record VideoFacts(String container, Duration duration, int width, int height,
                         int displayWidth, int displayHeight, double fps, String videoCodec,
                         String audioCodec, int rotation, long bitrate, long bytes) {

    public boolean hasAudio() {
        return audioCodec != null;
    }

    public double seconds() {
        return duration.toNanos() / 1e9;
    }
}
