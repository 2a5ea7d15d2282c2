package vn.hoclieu.content.media;

/**
 * The H.264/AAC MP4 renditions pupils stream. Bit rates include everything the player downloads;
 * audio is mono (lessons are speech; half the bits of stereo for the same clarity).
 */
public enum Rendition {
    /** 640x360 box, ~600 kb/s in total. */
    P360("360p", 640, 360, 536_000, 0, 64_000),
    /**
     * 426x240 box, at most 300 kb/s in total: video capped by the VBV (maxrate 236k) so a short or
     * busy clip cannot overshoot, 48k audio, ~1% MP4 overhead.
     */
    P240("240p", 426, 240, 220_000, 236_000, 48_000);

    private final String label;
    private final int boxWidth;
    private final int boxHeight;
    private final int videoBitrate;
    private final int videoMaxrate;
    private final int audioBitrate;

    Rendition(String label, int boxWidth, int boxHeight, int videoBitrate, int videoMaxrate, int audioBitrate) {
        this.label = label;
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        this.videoBitrate = videoBitrate;
        this.videoMaxrate = videoMaxrate;
        this.audioBitrate = audioBitrate;
    }

    /** "360p". */
    public String label() {
        return label;
    }

    /** "360p.mp4": the file name {@link VideoTranscoder} writes in its output folder. */
    public String fileName() {
        return label + ".mp4";
    }

    public int boxWidth() {
        return boxWidth;
    }

    public int boxHeight() {
        return boxHeight;
    }

    /** Target (average) video bit rate, bit/s. */
    public int videoBitrate() {
        return videoBitrate;
    }

    /** VBV cap of the video bit rate, bit/s; 0 = none. */
    public int videoMaxrate() {
        return videoMaxrate;
    }

    public int audioBitrate() {
        return audioBitrate;
    }

    public int audioChannels() {
        return 1;
    }

    /**
     * The output size for a picture shown as {@code width x height}: inside the box, aspect kept,
     * never enlarged, even numbers (H.264 4:2:0 needs them).
     */
    public int[] fit(int width, int height) {
        double scale = Math.min((double) boxWidth / width, (double) boxHeight / height);
        if (scale >= 1) { // small enough already: only made even (a pixel narrower at most), never enlarged
            return new int[] {Math.max(2, even(width)), Math.max(2, even(height))};
        }
        int w = Math.max(2, (int) Math.round(width * scale / 2) * 2);
        int h = Math.max(2, (int) Math.round(height * scale / 2) * 2);
        return new int[] {Math.min(w, even(boxWidth)), Math.min(h, even(boxHeight))};
    }

    private static int even(int n) {
        return n - n % 2;
    }
}
