package vn.hoclieu.content.media;

import java.util.Objects;

/**
 * An input the media library refuses: a stable {@link Code} (stored with the job; the web tier
 * translates it for teachers) and an English technical detail for the log and for administrators.
 * Retrying cannot cure it: the same bytes fail the same way.
 */
public final class MediaFailure extends Exception {

    /** Why an input was refused. {@link #id()} is the stable text stored with a job. */
    public enum Code {
        /** Not a container FFmpeg may open (text, a document, an unknown or refused format, an empty file). */
        NOT_A_VIDEO("not-a-video"),
        /** A media container with no video stream (audio only, subtitles only, cover art only). */
        NO_VIDEO_STREAM("no-video-stream"),
        /** An audio container with no audio stream. */
        NOT_AUDIO("not-audio"),
        /** A media container whose data ends before its declared duration (an upload cut short). */
        TRUNCATED("truncated"),
        /** A media container whose data does not decode cleanly (bit rot, damaged header). */
        CORRUPT("corrupt"),
        /** The file cannot be read at all (missing, a directory, no permission, I/O error). */
        UNREADABLE("unreadable"),
        /** Caption input that is neither WebVTT nor SRT, or holds no cue. */
        NOT_CAPTIONS("not-captions"),
        /** Not an image the preview can read (only JPEG, PNG, GIF, BMP and what ImageIO knows). */
        NOT_AN_IMAGE("not-an-image"),
        /** Larger than the library accepts (pixels, size): refused before it can exhaust memory. */
        TOO_LARGE("too-large");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /** The stable, lower-case text of this code ("not-a-video"). */
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static final long serialVersionUID = 1L;

    private final Code code;
    private final String detail;

    public MediaFailure(Code code, String detail) {
        this(code, detail, null);
    }

    public MediaFailure(Code code, String detail, Throwable cause) {
        super(code.id() + ": " + detail, cause);
        this.code = Objects.requireNonNull(code);
        this.detail = Objects.requireNonNull(detail);
    }

    public Code code() {
        return code;
    }

    /** English technical detail ("decoded 3.2 s of 8.3 s"). */
    public String detail() {
        return detail;
    }
}
