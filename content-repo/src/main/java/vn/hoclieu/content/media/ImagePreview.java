package vn.hoclieu.content.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * An image's size and a small preview (longest side 320 px, never enlarged): JPEG, or PNG when the
 * image has transparency. Reads what ImageIO reads (JPEG, PNG, GIF, BMP; WebP only with a plugin).
 * Phone photos are turned as their EXIF orientation says. The size is read before the pixels, so a
 * "decompression bomb" is refused ({@code too-large}) without allocating it.
 */
public final class ImagePreview {

    public static final int PREVIEW_SIDE = 320;
    /** 50 megapixels: a large phone photo is 12–50. */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImagePreview() {
    }

    /**
     * Writes {@code outDir/preview.jpg} (or {@code preview.png}).
     *
     * @throws MediaFailure {@code unreadable}, {@code not-an-image}, {@code too-large}, {@code corrupt}
     * @throws IOException  the preview could not be written
     */
    public static ImageFacts create(Path source, Path outDir) throws MediaFailure, IOException {
        MediaInput.checkReadable(source, Code.NOT_AN_IMAGE);
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            if (in == null) {
                throw new MediaFailure(Code.UNREADABLE, "cannot open " + source);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new MediaFailure(Code.NOT_AN_IMAGE, "no image reader recognises the data");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width;
                int height;
                BufferedImage image;
                try {
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                    if (width <= 0 || height <= 0) {
                        throw new MediaFailure(Code.CORRUPT, format + " image of " + width + "x" + height);
                    }
                    if ((long) width * height > MAX_PIXELS) {
                        throw new MediaFailure(Code.TOO_LARGE, format + " image of " + width + "x" + height
                                + " pixels (at most " + MAX_PIXELS + ")");
                    }
                    // read every n-th pixel of a big photo: enough for a 320-px preview, far less memory
                    ImageReadParam param = reader.getDefaultReadParam();
                    int step = Math.max(1, Math.min(width, height) / (PREVIEW_SIDE * 2));
                    param.setSourceSubsampling(step, step, 0, 0);
                    image = reader.read(0, param);
                } catch (IOException | RuntimeException e) {
                    throw new MediaFailure(Code.CORRUPT, format + " image that cannot be decoded: " + e, e);
                }
                int orientation = "jpeg".equals(format) ? exifOrientation(source) : 1;
                image = orient(image, orientation);
                if (orientation >= 5) {
                    int w = width;
                    width = height;
                    height = w;
                }
                boolean alpha = image.getColorModel().hasAlpha();
                double scale = Math.min(1.0, (double) PREVIEW_SIDE / Math.max(image.getWidth(), image.getHeight()));
                int pw = Math.max(1, (int) Math.round(image.getWidth() * scale));
                int ph = Math.max(1, (int) Math.round(image.getHeight() * scale));
                BufferedImage small = pw == image.getWidth() && ph == image.getHeight() && !alpha
                        ? image : Images.scale(image, pw, ph, alpha);
                Path out = outDir.resolve(alpha ? "preview.png" : "preview.jpg");
                if (alpha) {
                    Images.writePng(small, out);
                } else {
                    Images.writeJpeg(small, out);
                }
                return new ImageFacts(format, width, height,
                        new PreviewImage(out, alpha ? "image/png" : "image/jpeg", small.getWidth(), small.getHeight()));
            } finally {
                reader.dispose();
            }
        }
    }

    /** EXIF orientation 1–8 of a JPEG (1 = as stored; 6 = turn 90° clockwise; 8 = 90° anticlockwise). */
    static int exifOrientation(Path jpeg) {
        try (InputStream in = Files.newInputStream(jpeg)) {
            byte[] head = in.readNBytes(128 * 1024);
            int i = 2;
            while (i + 4 < head.length && (head[i] & 0xFF) == 0xFF) {
                int marker = head[i + 1] & 0xFF;
                int length = ((head[i + 2] & 0xFF) << 8) | (head[i + 3] & 0xFF);
                if (marker == 0xE1 && i + 10 < head.length && new String(head, i + 4, 4, "ISO-8859-1").equals("Exif")) {
                    return tiffOrientation(head, i + 10, Math.min(head.length, i + 2 + length));
                }
                if (marker == 0xDA) {
                    break; // image data: no metadata after this
                }
                i += 2 + length;
            }
        } catch (IOException | RuntimeException e) {
            // no usable EXIF: shown as stored
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + read(b, tiff + 4, 4, little);
        int entries = read(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if (at + 12 > end) {
                break;
            }
            if (read(b, at, 2, little) == 0x0112) {
                int value = read(b, at + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(byte[] b, int at, int n, boolean little) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int octet = b[at + (little ? n - 1 - k : k)] & 0xFF;
            v = (v << 8) | octet;
        }
        return v;
    }

    /** The image as shown under EXIF orientation {@code o}. */
    static BufferedImage orient(BufferedImage image, int o) {
        if (o <= 1 || o > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        boolean quarter = o >= 5;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage turned = new BufferedImage(quarter ? h : w, quarter ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
