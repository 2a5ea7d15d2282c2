package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

class VideoProbeTest {

    @TempDir
    Path dir;

    @Test
    void probesAnMp4WithSound() throws Exception {
        VideoFacts facts = VideoProbe.probe(sample(MediaSamples.HELLO_MP4));
        assertThat(facts.container()).isEqualTo("mp4");
        assertThat(facts.seconds()).isCloseTo(8.33, within(0.02));
        assertThat(facts.width()).isEqualTo(1280);
        assertThat(facts.height()).isEqualTo(720);
        assertThat(facts.displayWidth()).isEqualTo(1280);
        assertThat(facts.fps()).isCloseTo(30.12, within(0.01));
        assertThat(facts.videoCodec()).isEqualTo("h264");
        assertThat(facts.audioCodec()).isEqualTo("aac");
        assertThat(facts.hasAudio()).isTrue();
        assertThat(facts.rotation()).isZero();
        assertThat(facts.bytes()).isEqualTo(4_288_306);
    }

    @Test
    void probesOggTheoraWithoutFrameRateInTheContainer() throws Exception {
        VideoFacts facts = VideoProbe.probe(sample(MediaSamples.HELLO_OGG));
        assertThat(facts.container()).isEqualTo("ogg");
        assertThat(facts.videoCodec()).isEqualTo("theora");
        assertThat(facts.audioCodec()).isEqualTo("vorbis");
        assertThat(facts.width()).isEqualTo(720);
        assertThat(facts.height()).isEqualTo(480);
        assertThat(facts.fps()).isCloseTo(29.97, within(0.01));
        assertThat(facts.seconds()).isCloseTo(8.34, within(0.02));
    }

    @Test
    void probesAnMp4WithoutSoundAndWithAHundredSubtitleTracks() throws Exception {
        VideoFacts facts = VideoProbe.probe(sample(MediaSamples.BBB_NO_AUDIO));
        assertThat(facts.hasAudio()).isFalse();
        assertThat(facts.audioCodec()).isNull();
        assertThat(facts.width()).isEqualTo(640);
        assertThat(facts.height()).isEqualTo(360);
        assertThat(facts.fps()).isEqualTo(10.0);
        assertThat(facts.seconds()).isCloseTo(10.1, within(0.01));
    }

    @Test
    void probesHevcInMatroskaWithNonSquarePixels() throws Exception {
        VideoFacts facts = VideoProbe.probe(sample(MediaSamples.POPEYE_MKV));
        assertThat(facts.container()).isEqualTo("matroska");
        assertThat(facts.videoCodec()).isEqualTo("hevc");
        assertThat(facts.hasAudio()).isFalse();
        assertThat(facts.seconds()).isCloseTo(63.05, within(0.01));
        assertThat(facts.width()).isEqualTo(720);
        assertThat(facts.height()).isEqualTo(478);
        // DVD pixels are narrower than square: shown 4:3-ish
        assertThat(facts.displayWidth()).isBetween(630, 650);
        assertThat(facts.displayHeight()).isEqualTo(478);
    }

    @Test
    void readsTheRotationOfAnUprightPhoneVideo() throws Exception {
        VideoFacts facts = VideoProbe.probe(MediaSamples.rotated90(MediaSamples.BBB_NO_AUDIO, dir));
        assertThat(facts.rotation()).isEqualTo(90);
        assertThat(facts.width()).isEqualTo(640);
        assertThat(facts.displayWidth()).isEqualTo(360);
        assertThat(facts.displayHeight()).isEqualTo(640);
    }

    @Test
    void anMp4CutShortWithItsIndexFirstIsTruncated() throws Exception {
        Path cut = MediaSamples.truncated(MediaSamples.HELLO_MP4, 0.4, dir); // moov before mdat: opens
        assertThatThrownBy(() -> VideoProbe.probe(cut))
                .isInstanceOfSatisfying(MediaFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(Code.TRUNCATED);
                    assertThat(f.detail()).contains("of the 8.33 s declared");
                });
    }

    @Test
    void anMp4CutShortBeforeItsIndexIsTruncated() throws Exception {
        Path cut = MediaSamples.truncated(MediaSamples.BBB_NO_AUDIO, 0.4, dir); // moov after mdat: lost
        assertThatThrownBy(() -> VideoProbe.probe(cut))
                .isInstanceOfSatisfying(MediaFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(Code.TRUNCATED);
                    assertThat(f.detail()).contains("moov");
                });
    }

    @Test
    void aMatroskaFileCutShortIsTruncated() throws Exception {
        Path cut = MediaSamples.truncated(MediaSamples.POPEYE_MKV, 0.5, dir); // its header says 63 s
        assertThatThrownBy(() -> VideoProbe.probe(cut))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.TRUNCATED));
    }

    @Test
    void anOggCutShortIsOnlyShorterBecauseOggDeclaresNoDuration() throws Exception {
        // Ogg has no duration header: FFmpeg reads it from the last page there is. A known limit.
        VideoFacts facts = VideoProbe.probe(MediaSamples.truncated(MediaSamples.HELLO_OGG, 0.5, dir));
        assertThat(facts.seconds()).isBetween(2.0, 6.0);
    }

    @Test
    void textNamedMp4IsNotAVideo() throws Exception {
        Path text = MediaSamples.textAsVideo(dir);
        assertThatThrownBy(() -> VideoProbe.probe(text))
                .isInstanceOfSatisfying(MediaFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO);
                    assertThat(f.code().id()).isEqualTo("not-a-video");
                    assertThat(f.detail()).startsWith("text").doesNotContain("setFormat");
                });
    }

    @Test
    void anEmptyFileIsNotAVideo() throws Exception {
        Path empty = MediaSamples.empty(dir, "upload.mp4");
        assertThatThrownBy(() -> VideoProbe.probe(empty))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
    }

    @Test
    void aStillImageIsNotAVideo() {
        assertThatThrownBy(() -> VideoProbe.probe(sample(MediaSamples.PHOTO_JPG)))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
    }

    @Test
    void soundOnlyHasNoVideoStream() {
        assertThatThrownBy(() -> VideoProbe.probe(sample(MediaSamples.HELLO_M4A)))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NO_VIDEO_STREAM));
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> VideoProbe.probe(dir.resolve("gone.mp4")))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.UNREADABLE));
        assertThatThrownBy(() -> VideoProbe.probe(dir))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.UNREADABLE));
    }

    @Test
    void aPlaylistCannotMakeFfmpegReadOtherFiles() throws Exception {
        Path playlist = dir.resolve("lesson.m3u8");
        java.nio.file.Files.writeString(playlist, "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n"
                + sample(MediaSamples.HELLO_MP4).toUri() + "\n#EXT-X-ENDLIST\n");
        assertThatThrownBy(() -> VideoProbe.probe(playlist))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
    }

    @Test
    void ffmpegLogsGoToJavaUtilLoggingQuietly() throws Exception {
        Logger ffmpeg = Logger.getLogger("vn.hoclieu.content.media.ffmpeg");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = ffmpeg.getLevel();
        ffmpeg.setLevel(Level.FINE);
        ffmpeg.addHandler(handler);
        try {
            Path cut = MediaSamples.truncated(MediaSamples.BBB_NO_AUDIO, 0.4, dir);
            assertThatThrownBy(() -> VideoProbe.probe(cut)).isInstanceOf(MediaFailure.class);
        } finally {
            ffmpeg.removeHandler(handler);
            ffmpeg.setLevel(before);
        }
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getMessage()).contains("moov atom not found");
            assertThat(r.getLevel()).isEqualTo(Level.FINE); // FFmpeg's errors about inputs are not ours
        });
    }
}
