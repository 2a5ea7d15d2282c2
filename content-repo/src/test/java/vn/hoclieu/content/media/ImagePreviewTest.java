package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

class ImagePreviewTest {

    @TempDir
    Path dir;

    @Test
    void previewsAPhotoAsA320PixelJpeg() throws Exception {
        ImageFacts facts = ImagePreview.create(sample(MediaSamples.PHOTO_JPG), dir);
        assertThat(facts.format()).isEqualTo("jpeg");
        assertThat(facts.width()).isEqualTo(640);
        assertThat(facts.height()).isEqualTo(426);
        assertPreview(facts.preview(), "image/jpeg", 320, 213);
    }

    @Test
    void previewsAScreenshotPng() throws Exception {
        ImageFacts facts = ImagePreview.create(sample(MediaSamples.SCREENSHOT_PNG), dir);
        assertThat(facts.format()).isEqualTo("png");
        assertThat(facts.width()).isEqualTo(800);
        assertThat(facts.height()).isEqualTo(600);
        assertPreview(facts.preview(), "image/jpeg", 320, 240);
    }

    @Test
    void keepsTransparencyAndNeverEnlarges() throws Exception {
        ImageFacts facts = ImagePreview.create(sample(MediaSamples.SMILE_PNG), dir);
        assertThat(facts.width()).isEqualTo(16);
        assertPreview(facts.preview(), "image/png", 16, 16);
        assertThat(ImageIO.read(facts.preview().path().toFile()).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void turnsAnUprightPhonePhotoAsItsExifSays() throws Exception {
        // 400x200 as stored, left half red; EXIF orientation 6 = shown turned 90° clockwise
        BufferedImage stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 200; y++) {
                stored.setRGB(x, y, x < 200 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);
        Path photo = dir.resolve("upright.jpg");
        Files.write(photo, withExifOrientation(jpeg.toByteArray(), 6));

        ImageFacts facts = ImagePreview.create(photo, dir);
        assertThat(facts.width()).isEqualTo(200);
        assertThat(facts.height()).isEqualTo(400);
        assertPreview(facts.preview(), "image/jpeg", 160, 320);
        BufferedImage shown = ImageIO.read(facts.preview().path().toFile());
        assertThat(new Color(shown.getRGB(80, 20)).getRed()).isGreaterThan(200);   // the red half is on top
        assertThat(new Color(shown.getRGB(80, 300)).getBlue()).isGreaterThan(200);
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngHeader(100_000, 100_000));
        assertThatThrownBy(() -> ImagePreview.create(bomb, dir))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.TOO_LARGE));
    }

    @Test
    void refusesWhatIsNotAnImage() throws Exception {
        assertThatThrownBy(() -> ImagePreview.create(MediaSamples.textAsVideo(dir), dir))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_AN_IMAGE));
        assertThatThrownBy(() -> ImagePreview.create(MediaSamples.empty(dir, "x.png"), dir))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.NOT_AN_IMAGE));
        Path cut = MediaSamples.truncated(MediaSamples.SCREENSHOT_PNG, 0.3, dir);
        assertThatThrownBy(() -> ImagePreview.create(cut, dir))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(Code.CORRUPT));
    }

    private static void assertPreview(PreviewImage preview, String mime, int width, int height) throws Exception {
        assertThat(preview.mimeType()).isEqualTo(mime);
        assertThat(preview.width()).isEqualTo(width);
        assertThat(preview.height()).isEqualTo(height);
        BufferedImage read = ImageIO.read(preview.path().toFile());
        assertThat(read.getWidth()).isEqualTo(width);
        assertThat(read.getHeight()).isEqualTo(height);
        byte[] head = Files.readAllBytes(preview.path());
        if (mime.equals("image/jpeg")) {
            assertThat(head[0] & 0xFF).isEqualTo(0xFF);
            assertThat(head[1] & 0xFF).isEqualTo(0xD8);
        } else {
            assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        }
    }

    /** The JPEG with an APP1 Exif segment (big-endian TIFF, one IFD entry: Orientation) after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG signature and IHDR chunk (valid CRC) claiming the size given, and no pixels. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
