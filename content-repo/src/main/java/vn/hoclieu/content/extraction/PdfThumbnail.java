package vn.hoclieu.content.extraction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The first page of a PDF rendered with PDFBox (which Tika's PDF parser brings along). */
final class PdfThumbnail {

    private static final Logger LOG = Logger.getLogger(PdfThumbnail.class.getName());
    /** Pages taller than this many widths (banners, receipts) get no thumbnail rather than a huge bitmap. */
    static final float MAX_ASPECT = 6f;

    private PdfThumbnail() {
    }

    static Optional<Path> render(Path pdf, Path workDir, int width) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            boolean sideways = page.getRotation() % 180 != 0;
            float pageWidth = sideways ? box.getHeight() : box.getWidth();
            float pageHeight = sideways ? box.getWidth() : box.getHeight();
            if (pageWidth <= 0 || pageHeight <= 0 || pageHeight / pageWidth > MAX_ASPECT) {
                return Optional.empty();
            }
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);   // large page images are read at the size they are drawn
            BufferedImage image = renderer.renderImage(0, width / pageWidth, ImageType.RGB);
            return Optional.of(Thumbnails.writePng(Thumbnails.toWidth(image, width), workDir));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "No thumbnail for " + pdf);
            return Optional.empty();
        }
    }
}
