package vn.hoclieu.content.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import vn.hoclieu.content.media.MediaFailure.Code;

/** The poster of a video: a JPEG of the picture at a tenth of its duration, at most 640 px wide. */
public final class PosterFrame {

    /** Widest poster; the height follows the picture's shape (at most 640 high for portrait video). */
    public static final int MAX_SIDE = 640;

    private PosterFrame() {
    }

    /**
     * @throws MediaFailure as {@link VideoProbe#probe}, without the packet scan
     * @throws IOException  the JPEG could not be written
     */
    public static PreviewImage capture(Path source, Path outJpeg) throws MediaFailure, IOException {
        VideoFacts facts = VideoProbe.probe(source, false);
        int[] shown = fit(facts.displayWidth(), facts.displayHeight());
        boolean quarter = facts.rotation() == 90 || facts.rotation() == 270;
        FFmpegFrameGrabber grabber = MediaInput.open(source, MediaInput.Kind.VIDEO, g -> {
            g.setImageWidth(quarter ? shown[1] : shown[0]); // BGR24, scaled by the grabber
            g.setImageHeight(quarter ? shown[0] : shown[1]);
        });
        try {
            Frame frame;
            try {
                grabber.setTimestamp(facts.duration().toNanos() / 10_000);
                frame = grabber.grabImage();
                if (frame == null || frame.image == null) { // seeking failed (no index): take the first picture
                    grabber.setTimestamp(0);
                    frame = grabber.grabImage();
                }
            } catch (Exception e) {
                throw new MediaFailure(Code.CORRUPT, "no picture could be decoded: " + MediaInput.message(e), e);
            }
            if (frame == null || frame.image == null) {
                throw new MediaFailure(Code.CORRUPT, "no picture could be decoded");
            }
            try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
                BufferedImage picture = rotate(converter.convert(frame), facts.rotation());
                Images.writeJpeg(picture, outJpeg);
                return new PreviewImage(outJpeg, "image/jpeg", picture.getWidth(), picture.getHeight());
            }
        } finally {
            MediaInput.quietlyRelease(grabber);
        }
    }

    static int[] fit(int width, int height) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        return new int[] {Math.max(2, (int) Math.round(width * scale / 2) * 2),
                Math.max(2, (int) Math.round(height * scale / 2) * 2)};
    }

    private static BufferedImage rotate(BufferedImage image, int clockwise) {
        if (clockwise == 0) {
            return image;
        }
        boolean quarter = clockwise == 90 || clockwise == 270;
        int w = quarter ? image.getHeight() : image.getWidth();
        int h = quarter ? image.getWidth() : image.getHeight();
        BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = turned.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.rotate(Math.toRadians(clockwise));
            t.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
