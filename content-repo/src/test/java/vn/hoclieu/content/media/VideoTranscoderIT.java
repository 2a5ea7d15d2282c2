package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

/** Real transcodes of short real clips (a few CPU-seconds each). */
class VideoTranscoderIT {

    @TempDir
    Path dir;

    @Test
    void makes360pOfA720pClipWithSound() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(sample(MediaSamples.HELLO_MP4), dir, Rendition.P360);
        assertThat(file.path()).isEqualTo(dir.resolve("360p.mp4"));
        assertThat(file.width()).isEqualTo(640);
        assertThat(file.height()).isEqualTo(360);
        assertThat(file.duration().toMillis() / 1000.0).isCloseTo(8.33, within(0.1));
        assertThat(file.bytes()).isEqualTo(Files.size(file.path()));
        assertThat(file.bitrate()).isBetween(250_000L, 720_000L); // ~600k, less on a calm picture
        assertFastStart(file.path());
        VideoFacts out = VideoProbe.probe(file.path());
        assertThat(out.videoCodec()).isEqualTo("h264");
        assertThat(out.audioCodec()).isEqualTo("aac");
        assertThat(out.fps()).isCloseTo(30.12, within(0.5));
        assertThat(dir.resolve("360p.mp4.part")).doesNotExist();
    }

    @Test
    void makes240pWithinThreeHundredKilobitsIncludingSound() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(sample(MediaSamples.HELLO_MP4), dir, Rendition.P240);
        assertThat(file.width()).isEqualTo(426);
        assertThat(file.height()).isEqualTo(240);
        double seconds = file.duration().toMillis() / 1000.0;
        assertThat(seconds).isCloseTo(8.33, within(0.1));
        long measured = Math.round(Files.size(file.path()) * 8 / seconds);
        assertThat(measured).isEqualTo(file.bitrate()).isLessThanOrEqualTo(300_000L);
        assertFastStart(file.path());
        assertThat(VideoProbe.probe(file.path()).hasAudio()).isTrue();
    }

    @Test
    void makes240pOfAClipWithoutSound() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(sample(MediaSamples.BBB_NO_AUDIO), dir, Rendition.P240);
        assertThat(file.width()).isEqualTo(426);
        assertThat(file.height()).isEqualTo(240);
        assertThat(file.duration().toMillis() / 1000.0).isCloseTo(10.1, within(0.15));
        assertThat(file.bitrate()).isLessThanOrEqualTo(300_000L);
        assertFastStart(file.path());
        VideoFacts out = VideoProbe.probe(file.path());
        assertThat(out.hasAudio()).isFalse();
        assertThat(out.fps()).isCloseTo(10.0, within(0.01));
    }

    @Test
    void neverEnlargesASmallSource() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(sample(MediaSamples.BBB_NO_AUDIO), dir, Rendition.P360);
        assertThat(file.width()).isEqualTo(640); // the source's own size
        assertThat(file.height()).isEqualTo(360);
    }

    @Test
    void keepsTheShapeOfTheoraInOgg() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(sample(MediaSamples.HELLO_OGG), dir, Rendition.P240);
        assertThat(file.width()).isEqualTo(360); // 720x480 is 3:2
        assertThat(file.height()).isEqualTo(240);
        assertThat(file.duration().toMillis() / 1000.0).isCloseTo(8.3, within(0.15));
        assertThat(file.bitrate()).isLessThanOrEqualTo(300_000L);
        assertFastStart(file.path());
    }

    @Test
    void keepsAnUprightVideoUpright() throws Exception {
        RenditionFile file = VideoTranscoder.transcode(MediaSamples.rotated90(MediaSamples.BBB_NO_AUDIO, dir),
                dir.resolve("out"), Rendition.P240);
        assertThat(file.width()).isEqualTo(136);
        assertThat(file.height()).isEqualTo(240);
        VideoFacts out = VideoProbe.probe(file.path());
        assertThat(out.rotation()).isEqualTo(90);
        assertThat(out.width()).isEqualTo(240); // coded sideways, shown upright: as the phone did
        assertThat(out.height()).isEqualTo(136);
    }

    @Test
    void failsATruncatedCopyAndLeavesNothing() throws Exception {
        Path cut = MediaSamples.truncated(MediaSamples.HELLO_MP4, 0.4, dir);
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> VideoTranscoder.transcode(cut, out, Rendition.P240))
                .isInstanceOfSatisfying(MediaFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(Code.TRUNCATED);
                    assertThat(f.detail()).contains("of the 8.33 s declared");
                });
        assertThat(out.resolve("240p.mp4")).doesNotExist();
        assertThat(out.resolve("240p.mp4.part")).doesNotExist();
    }

    @Test
    void failsABitRottedCopyThatFfmpegDecodesWithoutAnException() throws Exception {
        Path rotted = MediaSamples.bitRotted(MediaSamples.HELLO_MP4, 64 * 1024, dir);
        VideoProbe.probe(rotted); // the container is intact: only decoding shows the damage
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> VideoTranscoder.transcode(rotted, out, Rendition.P240))
                .isInstanceOfSatisfying(MediaFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(Code.CORRUPT);
                    assertThat(f.detail()).contains("decoder errors");
                });
        assertThat(out.resolve("240p.mp4")).doesNotExist();
    }

    @Test
    void refusesTextAndEmptyFiles() throws Exception {
        assertThatThrownBy(() -> VideoTranscoder.transcode(MediaSamples.textAsVideo(dir), dir, Rendition.P240))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
        assertThatThrownBy(() -> VideoTranscoder.transcode(MediaSamples.empty(dir, "e.mp4"), dir, Rendition.P240))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
    }

    /** Phones start playing before the download ends only if the index (moov) precedes the data. */
    private static void assertFastStart(Path mp4) throws Exception {
        List<String> boxes = MediaSamples.topLevelBoxes(mp4);
        assertThat(boxes).contains("moov", "mdat");
        assertThat(boxes.indexOf("moov")).isLessThan(boxes.indexOf("mdat"));
    }
}
