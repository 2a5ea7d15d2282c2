package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.extraction.TestFiles.resource;

/** Real documents through {@link DocumentExtractor}: text, metadata, thumbnails. */
class DocumentExtractorTest {

    private static DocumentExtractor extractor;
    /** Each resource is extracted once per class (the PDF takes seconds): tests look at one result. */
    private static final Map<String, ExtractedDocument> EXTRACTED = new HashMap<>();

    @TempDir
    static Path shared;
    @TempDir
    Path work;

    @BeforeAll
    static void loadTika() {
        extractor = new DocumentExtractor();
    }

    /** Extracted into {@code shared/<resource>/}. */
    private static ExtractedDocument extract(String resource) throws ExtractionFailure {
        ExtractedDocument done = EXTRACTED.get(resource);
        if (done == null) {
            done = extractor.extract(resource(resource), shared.resolve(resource));
            EXTRACTED.put(resource, done);
        }
        return done;
    }

    // ---------------------------------------------------------------- PDF

    @Test
    void vietnamesePdfTextComesOutWithItsDiacriticsInNfc() throws Exception {
        ExtractedDocument pdf = extract(TestFiles.VI_PDF);

        assertThat(pdf.text())
                .contains("Động lực xã hội của Debian")
                .contains("Các nhà phát triển giàu kinh nghiệm của Debian sẽ sẵn sàng giúp bạn");
        assertThat(Normalizer.isNormalized(pdf.text(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void vietnamesePdfHasItsTitleAuthorPagesAndLanguage() throws Exception {
        ExtractedDocument pdf = extract(TestFiles.VI_PDF);

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.title()).contains("Debian New Maintainers' Guide");
        assertThat(pdf.author()).contains("Josip Rodin, Osamu Aoki, và Vietnamese Localization Team");
        assertThat(pdf.pageCount()).hasValue(64);
        assertThat(pdf.language()).contains("vi");
        assertThat(pdf.textTruncated()).isFalse();
        assertThat(pdf.wordCount()).isGreaterThan(25_000);
    }

    @Test
    void pdfThumbnailIsAPngOfTheFirstPageAtThumbnailWidth() throws Exception {
        ExtractedDocument pdf = extract(TestFiles.VI_PDF);

        assertThat(pdf.thumbnail()).isPresent();
        Path png = pdf.thumbnail().get();
        assertThat(png.getParent()).isEqualTo(shared.resolve(TestFiles.VI_PDF));
        assertIsPng(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(DocumentExtractor.THUMBNAIL_WIDTH);
        assertThat(image.getHeight()).isBetween(440, 460);   // A4 portrait: 320 × 452
    }

    @Test
    void pdfWithACorruptXrefIsRecoveredByPdfBox() throws Exception {
        // poppler reports "Failed to parse XRef entry"; PDFBox rebuilds the xref and reads the page
        ExtractedDocument pdf = extract(TestFiles.BROKEN_XREF_PDF);

        assertThat(pdf.pageCount()).hasValue(1);
        assertThat(pdf.title()).contains("Title");
        assertThat(pdf.author()).contains("LEAD");
        assertThat(pdf.text()).hasSizeLessThan(1_000);   // a scanned graph-paper page: OCR-less noise only
        assertThat(pdf.thumbnail()).isPresent();
    }

    // ---------------------------------------------------------------- office formats

    @Test
    void docxHasTextTitleAuthorAndPageCount() throws Exception {
        ExtractedDocument docx = extract(TestFiles.DOCX);

        assertThat(docx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.text()).contains("Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
        assertThat(docx.title()).contains("document title");
        assertThat(docx.author()).contains("author");
        assertThat(docx.pageCount()).hasValue(1);
        assertThat(docx.thumbnail()).isEmpty();
    }

    @Test
    void vietnameseDocxTextComesOutIntactAndItsLanguageIsDetectedNotDeclared(@TempDir Path dir) throws Exception {
        // declared en-US, as Word stamps its own UI language on every document
        Path docx = DocxFiles.withParagraphs(dir.resolve("bai-giang.docx"), "Bài giảng Lịch sử lớp 8", "Nguyễn Thị Hương",
                "Chiến thắng Bạch Đằng năm 938 của Ngô Quyền đã chấm dứt hơn một nghìn năm Bắc thuộc.",
                "Học sinh đọc kỹ đoạn trích và trả lời các câu hỏi ở cuối bài.");

        ExtractedDocument extracted = extractor.extract(docx, work);

        assertThat(extracted.text()).contains("Chiến thắng Bạch Đằng năm 938 của Ngô Quyền",
                "trả lời các câu hỏi ở cuối bài");
        assertThat(extracted.title()).contains("Bài giảng Lịch sử lớp 8");
        assertThat(extracted.author()).contains("Nguyễn Thị Hương");
        assertThat(extracted.language()).contains("vi");
    }

    @Test
    void aLongDocxIsCutAtTheWriteLimitAndFlaggedNotRefused(@TempDir Path dir) throws Exception {
        // varied text (a real article, repeated beyond the deflate window): compresses like a real document
        String article = Files.readString(resource(TestFiles.VI_TXT), StandardCharsets.UTF_8);
        String[] lines = article.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
        Path docx = DocxFiles.write(dir.resolve("dai.docx"), "Dài", "Ai đó", java.util.zip.Deflater.DEFAULT_COMPRESSION, out -> {
            for (int copy = 0; copy < 40; copy++) {        // ~2.6 M characters
                for (String line : lines) {
                    out.write(DocxFiles.paragraph(line));
                }
            }
        });

        ExtractedDocument extracted = extractor.extract(docx, work);

        assertThat(extracted.textTruncated()).isTrue();
        assertThat(extracted.text()).hasSizeLessThanOrEqualTo(ExtractionLimits.DEFAULT_MAX_TEXT_CHARS)
                .hasSizeGreaterThan(ExtractionLimits.DEFAULT_MAX_TEXT_CHARS * 9 / 10)
                .startsWith("Lịch sử Việt Nam");
        assertThat(extracted.title()).contains("Dài");
    }

    @Test
    void pptxHasItsSlidesTextAndSlideCount() throws Exception {
        ExtractedDocument pptx = extract(TestFiles.PPTX);

        assertThat(pptx.text()).contains("and some list (1)", "Header 1");
        assertThat(pptx.pageCount()).hasValue(3);
        assertThat(pptx.title()).contains("document title");
        assertThat(pptx.text()).doesNotContain("Click to edit Master");
    }

    @Test
    void xlsxHasItsCellsAndOneCountPerSheet() throws Exception {
        ExtractedDocument xlsx = extract(TestFiles.XLSX);

        assertThat(xlsx.text()).contains("Sepal.Length", "setosa");
        assertThat(xlsx.pageCount()).hasValue(4);   // iris, mtcars, chickwts, quakes
    }

    @Test
    void odtHasItsAccentedTextTitleAndLanguage() throws Exception {
        ExtractedDocument odt = extract(TestFiles.ODT);

        assertThat(odt.text()).contains("C'est un trou de verdure où chante une rivière");
        assertThat(odt.title()).contains("Le dormeur du val");
        assertThat(odt.language()).contains("fr");
        assertThat(odt.pageCount()).hasValue(1);
    }

    @Test
    void odpHasItsSlidesTextAndTitleButNoSlideCount() throws Exception {
        // Tika's ODF parser reports no slide count for presentations
        ExtractedDocument odp = extract(TestFiles.ODP);

        assertThat(odp.mediaType()).isEqualTo("application/vnd.oasis.opendocument.presentation");
        assertThat(odp.text()).contains("odfdo project", "This is the second page");
        assertThat(odp.title()).contains("Présentation d'un nouveau produit");
        assertThat(odp.pageCount()).isEmpty();
    }

    // ---------------------------------------------------------------- EPUB, HTML, TXT

    @Test
    void epubHasItsTextTitleAuthorsAndLanguage() throws Exception {
        ExtractedDocument epub = extract(TestFiles.EPUB_WITH_COVER);

        assertThat(epub.mediaType()).isEqualTo("application/epub+zip");
        assertThat(epub.text()).contains("ما هو السرطان؟");
        assertThat(epub.title()).contains("Le Vrai Régime anti-cancer");
        assertThat(epub.author()).contains("Pr David Khayat, Nathalie Hutter-Lardeau, Marina Khalil Fayad");
        assertThat(epub.language()).contains("ar");
    }

    @Test
    void epubCoverNamedInItsPackageBecomesTheThumbnail() throws Exception {
        ExtractedDocument epub = extract(TestFiles.EPUB_WITH_COVER);

        assertThat(epub.thumbnail()).isPresent();
        assertIsPng(epub.thumbnail().get());
        BufferedImage image = ImageIO.read(epub.thumbnail().get().toFile());
        assertThat(image.getWidth()).isEqualTo(DocumentExtractor.THUMBNAIL_WIDTH);
    }

    @Test
    void epubWithoutACoverHasNoThumbnail() throws Exception {
        ExtractedDocument epub = extract(TestFiles.EPUB_WITHOUT_COVER);

        assertThat(epub.title()).contains("草枕");
        assertThat(epub.author()).contains("夏目 漱石");
        assertThat(epub.language()).contains("ja");
        assertThat(epub.thumbnail()).isEmpty();
    }

    @Test
    void vietnameseHtmlHasItsTextTitleAndLanguage() throws Exception {
        ExtractedDocument html = extract(TestFiles.VI_HTML);

        assertThat(html.mediaType()).isEqualTo("application/xhtml+xml");
        assertThat(html.title()).contains("Chương 2. Những bước đầu tiên");
        assertThat(html.text()).contains("Luồng làm việc tạo ra gói Debian");
        assertThat(html.text()).doesNotContain("<div", "\n\n\n");
        assertThat(html.language()).contains("vi");
    }

    @Test
    void vietnameseTextFileKeepsItsDiacriticsAndCountsSyllablesAsWords() throws Exception {
        ExtractedDocument txt = extract(TestFiles.VI_TXT);

        assertThat(txt.mediaType()).isEqualTo("text/plain");
        assertThat(txt.text()).startsWith("Lịch sử Việt Nam nếu tính từ lúc có mặt con người sinh sống");
        assertThat(txt.language()).contains("vi");
        assertThat(txt.wordCount()).isBetween(10_000, 12_500);
        assertThat(txt.title()).isEmpty();
        assertThat(txt.pageCount()).isEmpty();
    }

    @Test
    void aSmallerWriteLimitCutsTheText() throws Exception {
        ExtractedDocument txt = extractor.extract(resource(TestFiles.VI_TXT), work,
                ExtractionLimits.defaults().withMaxTextChars(10_000));

        assertThat(txt.textTruncated()).isTrue();
        assertThat(txt.text()).hasSizeLessThanOrEqualTo(10_000).startsWith("Lịch sử Việt Nam");
    }

    @Test
    void theFileNameDoesNotDecideTheType(@TempDir Path dir) throws Exception {
        Path odtNamedPdf = TestFiles.copyAs(TestFiles.ODT, dir, "bai-tho.pdf");

        ExtractedDocument extracted = extractor.extract(odtNamedPdf, work);

        assertThat(extracted.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(extracted.title()).contains("Le dormeur du val");
    }

    private static void assertIsPng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        }
    }
}
