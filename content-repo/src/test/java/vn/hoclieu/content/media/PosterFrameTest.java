package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

class PosterFrameTest {

    @TempDir
    Path dir;

    @Test
    void capturesA640PixelJpegOfAWidescreenVideo() throws Exception {
        Path out = dir.resolve("poster.jpg");
        PreviewImage poster = PosterFrame.capture(sample(MediaSamples.HELLO_MP4), out);
        assertJpeg(out, 640, 360);
        assertThat(poster.width()).isEqualTo(640);
        assertThat(poster.height()).isEqualTo(360);
        assertThat(poster.mimeType()).isEqualTo("image/jpeg");
        assertThat(Files.size(out)).isBetween(5_000L, 150_000L);
    }

    @Test
    void capturesHevcWithNonSquarePixelsAtItsShownShape() throws Exception {
        Path out = dir.resolve("popeye.jpg");
        PosterFrame.capture(sample(MediaSamples.POPEYE_MKV), out);
        BufferedImage image = assertJpeg(out, 640, 478);
        assertThat(image).isNotNull();
    }

    @Test
    void turnsTheposterOfAnUprightVideo() throws Exception {
        Path out = dir.resolve("upright.jpg");
        PreviewImage poster = PosterFrame.capture(MediaSamples.rotated90(MediaSamples.BBB_NO_AUDIO, dir), out);
        assertThat(poster.width()).isEqualTo(360);
        assertThat(poster.height()).isEqualTo(640);
        assertJpeg(out, 360, 640);
    }

    @Test
    void refusesWhatIsNotAVideo() throws Exception {
        Path text = MediaSamples.textAsVideo(dir);
        assertThatThrownBy(() -> PosterFrame.capture(text, dir.resolve("x.jpg")))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_A_VIDEO));
        assertThat(dir.resolve("x.jpg")).doesNotExist();
    }

    private static BufferedImage assertJpeg(Path file, int width, int height) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xD8);
        assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(file.toFile())).next().getFormatName())
                .isEqualToIgnoringCase("jpeg");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        return image;
    }
}
