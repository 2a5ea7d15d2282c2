package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class MediaInputTest {

    @Test
    void recognisesContainersByTheirFirstBytes() throws Exception {
        assertThat(MediaInput.signature(head(MediaSamples.HELLO_MP4))).isEqualTo("mov");
        assertThat(MediaInput.signature(head(MediaSamples.BBB_NO_AUDIO))).isEqualTo("mov");
        assertThat(MediaInput.signature(head(MediaSamples.POPEYE_MKV))).isEqualTo("matroska");
        assertThat(MediaInput.signature(head(MediaSamples.HELLO_OGG))).isEqualTo("ogg");
        assertThat(MediaInput.signature(head(MediaSamples.PHOTO_JPG))).isNull();
        assertThat(MediaInput.signature("Good morning class".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(MediaInput.signature(new byte[0])).isNull();
    }

    @Test
    void dropsJavacvAdviceFromMessages() {
        Exception e = new Exception("avformat_open_input() error -2: Could not open input \"file:/x\". "
                + "(Has setFormat() been called?) (For more details, make sure FFmpegLogCallback.set() has been called.)");
        assertThat(MediaInput.message(e)).isEqualTo("avformat_open_input() error -2: Could not open input \"file:/x\".");
    }

    private static byte[] head(String sample) throws Exception {
        try (var in = Files.newInputStream(MediaSamples.sample(sample))) {
            return in.readNBytes(512);
        }
    }
}
