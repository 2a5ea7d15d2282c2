package vn.hoclieu.content.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * Opens uploaded media with FFmpeg, safely, and turns FFmpeg's refusals into {@link MediaFailure}s.
 *
 * <p>Only local files (protocol whitelist {@code file}) and only the demuxers of {@link Kind} are
 * allowed: an uploaded playlist (HLS, concat) must not make FFmpeg read other files or the network,
 * and a still image must not pass as a one-frame "video".
 */
final class MediaInput {

    /** What the caller expects; decides which demuxers FFmpeg may use and the failure code. */
    enum Kind {
        VIDEO("mov,matroska,avi,ogg,flv,mpeg,mpegts,asf", Code.NOT_A_VIDEO),
        AUDIO("mp3,wav,flac,ogg,aac,mov,amr,matroska,asf,aiff", Code.NOT_AUDIO);

        final String demuxers;
        final Code refused;

        Kind(String demuxers, Code refused) {
            this.demuxers = demuxers;
            this.refused = refused;
        }

        boolean allows(String demuxer) {
            return Arrays.asList(demuxers.split(",")).contains(demuxer);
        }
    }

    private MediaInput() {
    }

    /** Fails with {@code unreadable} (missing, not a file, no permission) or the kind's code (empty). */
    static long checkReadable(Path source, Code whenEmpty) throws MediaFailure {
        if (!Files.isRegularFile(source)) {
            throw new MediaFailure(Code.UNREADABLE, "not a regular file: " + source);
        }
        if (!Files.isReadable(source)) {
            throw new MediaFailure(Code.UNREADABLE, "not readable: " + source);
        }
        try {
            long size = Files.size(source);
            if (size == 0) {
                throw new MediaFailure(whenEmpty, "empty file");
            }
            return size;
        } catch (IOException e) {
            throw new MediaFailure(Code.UNREADABLE, "cannot read the size of " + source + ": " + e, e);
        }
    }

    /**
     * A started grabber on {@code source}, configured by {@code configure} before the start; the
     * caller closes it.
     */
    static FFmpegFrameGrabber open(Path source, Kind kind, Consumer<FFmpegFrameGrabber> configure)
            throws MediaFailure {
        checkReadable(source, kind.refused);
        FfmpegLog.install();
        // "file:" so that a name with a colon is never taken for a protocol
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber("file:" + source.toAbsolutePath());
        grabber.setOption("protocol_whitelist", "file");
        grabber.setOption("format_whitelist", kind.demuxers);
        configure.accept(grabber);
        try (FfmpegLog.Watch log = FfmpegLog.watchAllBut(Set.of())) {
            try {
                grabber.start();
                return grabber;
            } catch (Exception | LinkageError e) {
                quietlyRelease(grabber);
                throw refusal(source, kind, e, log.lastError());
            }
        }
    }

    static void quietlyRelease(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception e) {
            FfmpegLog.LOG.fine(() -> "releasing a grabber failed: " + e);
        }
    }

    /** Why FFmpeg would not open a file: garbage, or a known container that is damaged. */
    private static MediaFailure refusal(Path source, Kind kind, Throwable error, String lastLog) {
        String detail = message(error) + (lastLog == null ? "" : " [" + lastLog + "]");
        byte[] head;
        try (InputStream in = Files.newInputStream(source)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            return new MediaFailure(Code.UNREADABLE, "cannot read " + source + ": " + e, e);
        }
        String container = signature(head);
        if (container == null || !kind.allows(container)) {
            String what = container != null ? container + " file" : looksLikeText(head) ? "text" : "unknown data";
            return new MediaFailure(kind.refused, what + ", FFmpeg refused it: " + detail, error);
        }
        if (lastLog != null && lastLog.contains("moov atom not found")) {
            // an MP4 whose index (written last by most tools) never arrived: the upload was cut short
            return new MediaFailure(Code.TRUNCATED, "MP4 without its index (moov box): " + detail, error);
        }
        return new MediaFailure(Code.CORRUPT, container + " container that FFmpeg cannot open: " + detail, error);
    }

    /** A JavaCV exception's message without its advice to developers ("(Has setFormat() been called?)"). */
    static String message(Throwable error) {
        String m = error.getMessage() == null ? error.toString() : error.getMessage();
        for (String advice : new String[] {"(Has setFormat() been called?)",
                "(For more details, make sure FFmpegLogCallback.set() has been called.)"}) {
            m = m.replace(advice, "");
        }
        return m.replaceAll("\\s+", " ").strip();
    }

    /** The demuxer a file's first bytes announce, or null. */
    static String signature(byte[] h) {
        if (h.length >= 8) {
            String box = new String(h, 4, 4, StandardCharsets.ISO_8859_1);
            if (Set.of("ftyp", "moov", "mdat", "free", "wide", "skip").contains(box)) {
                return "mov";
            }
        }
        if (starts(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "matroska";
        }
        if (starts(h, 'R', 'I', 'F', 'F') && h.length >= 12) {
            String type = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
            return type.startsWith("AVI") ? "avi" : type.equals("WAVE") ? "wav" : null;
        }
        if (starts(h, 'O', 'g', 'g', 'S')) {
            return "ogg";
        }
        if (starts(h, 'F', 'L', 'V')) {
            return "flv";
        }
        if (starts(h, 0x30, 0x26, 0xB2, 0x75)) {
            return "asf";
        }
        if (starts(h, 0x00, 0x00, 0x01, 0xBA)) {
            return "mpeg";
        }
        if (h.length > 188 && h[0] == 0x47 && h[188] == 0x47) {
            return "mpegts";
        }
        if (starts(h, 'f', 'L', 'a', 'C')) {
            return "flac";
        }
        if (starts(h, 'I', 'D', '3') || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0)) {
            return "mp3";
        }
        if (starts(h, '#', '!', 'A', 'M', 'R')) {
            return "amr";
        }
        return null;
    }

    private static boolean starts(byte[] h, int... sig) {
        if (h.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((h[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] h) {
        for (byte b : h) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
