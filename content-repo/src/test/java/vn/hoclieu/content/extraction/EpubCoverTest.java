package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class EpubCoverTest {

    @TempDir
    Path dir;

    @Test
    void epub3CoverImagePropertyNamesTheCover() throws Exception {
        Path epub = epub("""
                <item id="c" href="../images/b%C3%ACa%20s%C3%A1ch.png" media-type="image/png" properties="cover-image"/>""",
                "", "images/bìa sách.png");

        Path thumbnail = EpubCover.extract(epub, dir.resolve("work"), 320).orElseThrow();

        BufferedImage image = ImageIO.read(thumbnail.toFile());
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(480);   // the 800 × 1200 cover scaled down
    }

    @Test
    void epub2MetaCoverNamesTheCoverItem() throws Exception {
        Path epub = epub("""
                <item id="bia" href="../images/cover.png" media-type="image/png"/>""",
                "<meta name=\"cover\" content=\"bia\"/>", "images/cover.png");

        assertThat(EpubCover.extract(epub, dir.resolve("work"), 320)).isPresent();
    }

    @Test
    void anImageNotNamedAsCoverIsNotGuessed() throws Exception {
        Path epub = epub("""
                <item id="img1" href="../images/cover.png" media-type="image/png"/>""", "", "images/cover.png");

        assertThat(EpubCover.extract(epub, dir.resolve("work"), 320)).isEmpty();
    }

    @Test
    void hrefsResolveAgainstThePackageDocumentAndNeverLeaveTheBook() {
        assertThat(EpubCover.resolve("OEBPS/content.opf", "images/a%20b.jpg")).contains("OEBPS/images/a b.jpg");
        assertThat(EpubCover.resolve("OEBPS/content.opf", "../cover.jpg")).contains("cover.jpg");
        assertThat(EpubCover.resolve("content.opf", "../../etc/passwd")).isEmpty();
        assertThat(EpubCover.resolve("content.opf", "http://example.com/cover.jpg")).isEmpty();
    }

    /** An EPUB whose OPF is {@code OEBPS/content.opf}; the cover image (800 × 1200 PNG) at {@code imagePath}. */
    private Path epub(String manifestItem, String meta, String imagePath) throws IOException {
        Path file = dir.resolve("book.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/container.xml", """
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                    <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>""");
            deflated(zip, "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                    <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier>
                    <dc:title>Sách</dc:title><dc:language>vi</dc:language>%s</metadata>
                    <manifest><item id="t" href="text.xhtml" media-type="application/xhtml+xml"/>%s</manifest>
                    <spine><itemref idref="t"/></spine></package>""".formatted(meta, manifestItem));
            deflated(zip, "OEBPS/text.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Xin chào</p></body></html>");
            zip.putNextEntry(new ZipEntry(imagePath));
            writePng(zip);
            zip.closeEntry();
        }
        return file;
    }

    private static void writePng(OutputStream out) throws IOException {
        BufferedImage cover = new BufferedImage(800, 1200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(cover, "png", png);
        out.write(png.toByteArray());
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
