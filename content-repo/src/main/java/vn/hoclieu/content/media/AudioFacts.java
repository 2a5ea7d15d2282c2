package vn.hoclieu.content.media;

import java.time.Duration;

/**
 * What {@link AudioProbe} learnt about a sound file.
 *
 * @param container  demuxer name ("mp3", "ogg", "mp4", "wav", "flac", …)
 * @param codec      FFmpeg codec name ("mp3", "aac", "vorbis", "opus", "pcm_s16le", …)
 * @param bitrate    bit/s: the stream's if the file says, else the container's (0 if unknown)
 * @param bytes      file size
 */
public record AudioFacts(String container, Duration duration, String codec, long bitrate, int sampleRate,
                         int channels, long bytes) {

    public double seconds() {
        return duration.toNanos() / 1e9;
    }
}
