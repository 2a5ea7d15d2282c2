package vn.hoclieu.content.media;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The real files under src/test/resources/media, and damaged copies made from them. */
final class MediaSamples {

    static final String HELLO_MP4 = "forensics_movie-hello.mp4";
    static final String HELLO_OGG = "forensics_movie-hello_theora-vorbis.ogg";
    static final String HELLO_M4A = "forensics_movie-hello_audio-only.m4a";
    static final String HELLO_MP3 = "forensics_movie-hello_audio-only_mono64k.mp3";
    static final String BBB_NO_AUDIO = "ODD_bbb_many_tracks_100-subtitle-tracks_no-audio.mp4";
    static final String POPEYE_MKV = "ODD_popeye-sinbad-1936_T03-4_no-audio_dvdsub.mkv";
    static final String POPEYE_SRT = "ODD_popeye-sinbad-1936_T03-4_no-audio_dvdsub.eng.srt";
    static final String ELEPHANTS_VTT = "elephants-dream-subtitles-en.vtt";
    static final String PHOTO_JPG = "canvas-cc_photo.jpg";
    static final String SCREENSHOT_PNG = "debian-edu_installation-complete.png";
    static final String SMILE_PNG = "debian-edu_smile-alpha.png";

    private MediaSamples() {
    }

    static Path sample(String name) {
        URL url = MediaSamples.class.getResource("/media/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test file media/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code share} of the file's bytes: an upload cut short. */
    static Path truncated(String name, double share, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample(name));
        Path out = dir.resolve("truncated-" + name);
        Files.write(out, java.util.Arrays.copyOf(bytes, (int) (bytes.length * share)));
        return out;
    }

    /** The file with {@code length} random bytes in its middle: bit rot on a teacher's old USB stick. */
    static Path bitRotted(String name, int length, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample(name));
        Random random = new Random(42);
        int from = bytes.length / 2;
        for (int i = from; i < from + length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        Path out = dir.resolve("rotted-" + name);
        Files.write(out, bytes);
        return out;
    }

    /** A text file named like a video. */
    static Path textAsVideo(Path dir) throws IOException {
        Path out = dir.resolve("lesson.mp4");
        Files.writeString(out, "Bài 1: Phép cộng trong phạm vi 10\nThis is not a video.\n");
        return out;
    }

    static Path empty(Path dir, String name) throws IOException {
        return Files.createFile(dir.resolve(name));
    }

    /**
     * A copy of an MP4 whose first track is shown turned 90° clockwise, as a phone held upright
     * records it: only the track header's display matrix changes.
     */
    static Path rotated90(String name, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample(name));
        int tkhd = indexOf(bytes, "tkhd".getBytes(StandardCharsets.ISO_8859_1)) - 4; // box start
        int version = bytes[tkhd + 8];
        int matrix = tkhd + 8 + 4 + (version == 1 ? 32 : 20) + 8 + 8;
        ByteBuffer m = ByteBuffer.wrap(bytes, matrix, 36);
        for (int v : new int[] {0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000}) {
            m.putInt(v);
        }
        Path out = dir.resolve("rotated-" + name);
        Files.write(out, bytes);
        return out;
    }

    /** Top-level MP4 boxes ("ftyp", "moov", "mdat", …) in file order. */
    static List<String> topLevelBoxes(Path mp4) throws IOException {
        byte[] bytes = Files.readAllBytes(mp4);
        List<String> boxes = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long at = 0;
        while (at + 8 <= bytes.length) {
            long size = Integer.toUnsignedLong(b.getInt((int) at));
            String type = new String(bytes, (int) at + 4, 4, StandardCharsets.ISO_8859_1);
            if (size == 1) {
                size = b.getLong((int) at + 8);
            } else if (size == 0) {
                size = bytes.length - at;
            }
            if (size < 8) {
                throw new IOException("bad box size " + size + " at " + at);
            }
            boxes.add(type);
            at += size;
        }
        if (at != bytes.length) {
            throw new IOException("boxes end at " + at + " of " + bytes.length);
        }
        return boxes;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("pattern not found");
    }
}
