package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

class AudioProbeTest {

    @TempDir
    Path dir;

    @Test
    void probesAacInM4a() throws Exception {
        AudioFacts facts = AudioProbe.probe(sample(MediaSamples.HELLO_M4A));
        assertThat(facts.container()).isEqualTo("mp4");
        assertThat(facts.codec()).isEqualTo("aac");
        assertThat(facts.seconds()).isCloseTo(8.32, within(0.02));
        assertThat(facts.sampleRate()).isEqualTo(48_000);
        assertThat(facts.channels()).isEqualTo(2);
        // what the file really spends per second
        assertThat((double) facts.bitrate()).isCloseTo(facts.bytes() * 8 / facts.seconds(), within(0.1 * facts.bitrate()));
    }

    @Test
    void probesAnMp3() throws Exception {
        AudioFacts facts = AudioProbe.probe(sample(MediaSamples.HELLO_MP3));
        assertThat(facts.container()).isEqualTo("mp3");
        assertThat(facts.codec()).isEqualTo("mp3");
        assertThat(facts.seconds()).isCloseTo(8.35, within(0.05));
        assertThat(facts.bitrate()).isEqualTo(64_000);
        assertThat(facts.sampleRate()).isEqualTo(48_000);
        assertThat(facts.channels()).isEqualTo(1);
    }

    @Test
    void refusesTextAndDamage() throws Exception {
        assertThatThrownBy(() -> AudioProbe.probe(MediaSamples.textAsVideo(dir)))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_AUDIO));
        Path cut = MediaSamples.truncated(MediaSamples.HELLO_M4A, 0.5, dir);
        assertThatThrownBy(() -> AudioProbe.probe(cut))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.TRUNCATED));
        assertThatThrownBy(() -> AudioProbe.probe(sample(MediaSamples.BBB_NO_AUDIO)))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_AUDIO));
    }
}
