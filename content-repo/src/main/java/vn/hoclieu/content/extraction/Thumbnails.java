package vn.hoclieu.content.extraction;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Scaling and writing of thumbnails: opaque RGB PNGs of a fixed width. */
final class Thumbnails {

    static final String FILE_NAME = "thumbnail.png";

    private Thumbnails() {
    }

    /** Scales to {@code width} keeping the aspect ratio; halving steps keep large downscales smooth. */
    static BufferedImage toWidth(BufferedImage source, int width) {
        BufferedImage current = flatten(source);
        while (current.getWidth() >= 2 * width) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        if (current.getWidth() != width) {
            int height = Math.max(1, (int) Math.round((double) current.getHeight() * width / current.getWidth()));
            current = draw(current, width, height);
        }
        return current;
    }

    /** Writes {@code image} as {@code workDir/thumbnail.png} (atomically: never a half-written file). */
    static Path writePng(BufferedImage image, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path target = workDir.resolve(FILE_NAME);
        Path partial = Files.createTempFile(workDir, "thumbnail", ".part");
        try {
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("No PNG writer");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static BufferedImage flatten(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight());
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
