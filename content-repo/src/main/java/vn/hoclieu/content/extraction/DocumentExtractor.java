package vn.hoclieu.content.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Text, metadata and a thumbnail of an uploaded document (PDF, DOCX, PPTX, XLSX, ODT, ODP, EPUB,
 * HTML, TXT). Runs inside the ingest worker's child process (small heap, no network): every bad
 * file ends in an {@link ExtractionFailure} with a stable code, never in a hang of this JVM's heap.
 *
 * <ol>
 * <li>size: {@code empty}, {@code too-large};</li>
 * <li>type from the content ({@link TypeDetection}), never the name: {@code unsupported-type};</li>
 * <li>zip-based formats: the container is judged before parsing ({@code zip-bomb});</li>
 * <li>Tika's {@link AutoDetectParser} (SAX DOCX/PPTX extractors, a write limit, its
 * SecureContentHandler): {@code encrypted}, {@code corrupt}, {@code zip-bomb}; more text than the
 * write limit is kept cut, flagged {@link ExtractedDocument#textTruncated()};</li>
 * <li>language of the text; the thumbnail (PDF first page, EPUB cover), whose failure only means
 * no thumbnail.</li>
 * </ol>
 * Thread-safe; build one per process (loading Tika's configuration takes about a second).
 */
public final class DocumentExtractor {

    public static final int THUMBNAIL_WIDTH = 320;

    static final String PDF = "application/pdf";
    static final String EPUB = "application/epub+zip";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Tika's type for an OOXML file wrapped in an encrypted OLE2 container. */
    static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";
    private static final Set<String> ZIP_PACKAGES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            XLSX,
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.presentation",
            EPUB);

    private final TikaConfig tika;
    private final TypeDetection detection;
    private final AllowedTypes allowed;
    /** Thread-safe once configured; one per compression ratio in use (in practice one). */
    private final Map<Integer, AutoDetectParser> parsers = new ConcurrentHashMap<>();

    public DocumentExtractor() {
        this(TikaConfig.getDefaultConfig(), AllowedTypes.standard());
    }

    public DocumentExtractor(TikaConfig tika, AllowedTypes allowed) {
        this.tika = Objects.requireNonNull(tika);
        this.allowed = Objects.requireNonNull(allowed);
        this.detection = new TypeDetection(tika, allowed);
    }

    public ExtractedDocument extract(Path file, Path workDir) throws ExtractionFailure {
        return extract(file, workDir, ExtractionLimits.defaults());
    }

    /** As {@link #extract(Path, String, Path, ExtractionLimits)} with the file's own name as the uploader's. */
    public ExtractedDocument extract(Path file, Path workDir, ExtractionLimits limits) throws ExtractionFailure {
        Path name = file.getFileName();
        return extract(file, name == null ? null : name.toString(), workDir, limits);
    }

    /**
     * @param file         the uploaded bytes
     * @param originalName the name the uploader gave (a blob store's file has none of its own), or null.
     *                     Never used to decide the type: only a name claiming another family of content
     *                     (a text file named {@code .mp4}) is refused, {@code type-mismatch}
     * @param workDir      where the thumbnail is written (created if missing); the caller owns and cleans it
     */
    public ExtractedDocument extract(Path file, String originalName, Path workDir, ExtractionLimits limits)
            throws ExtractionFailure {
        long size = TypeDetection.sizeOf(file);
        if (size == 0) {
            throw new ExtractionFailure(FailureCode.EMPTY, "The file has 0 bytes");
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionFailure(FailureCode.TOO_LARGE,
                    "The file has " + size + " bytes, more than the " + limits.maxFileBytes() + " allowed");
        }
        DetectedType type = detection.detect(file, originalName);
        String mediaType = type.mediaType();
        if (PROTECTED_OOXML.equals(mediaType)) {
            throw new ExtractionFailure(FailureCode.ENCRYPTED,
                    "Detected " + mediaType + ": an Office document encrypted with a password");
        }
        allowed.require(type, ContentKind.DOCUMENT);
        allowed.requireNameAgrees(type);
        if (ZIP_PACKAGES.contains(mediaType)) {
            ZipBombGuard.check(file, size, limits);
        }

        Metadata metadata = new Metadata();
        BodyContentHandler body = new BodyContentHandler(limits.maxTextChars());
        SheetCounter sheets = new SheetCounter(body);
        boolean truncated = parse(file, mediaType, sheets, metadata, limits);

        String text = DocumentText.tidy(body.toString());
        return new ExtractedDocument(
                mediaType,
                first(metadata, TikaCoreProperties.TITLE),
                authors(metadata),
                LanguageGuess.of(text, metadata.get(TikaCoreProperties.LANGUAGE)),
                pageCount(metadata, mediaType, truncated ? 0 : sheets.sheets()),
                text,
                truncated,
                DocumentText.countWords(text),
                thumbnail(file, mediaType, workDir));
    }

    /** @return whether the write limit cut the text */
    private boolean parse(Path file, String mediaType, ContentHandler handler, Metadata metadata,
                          ExtractionLimits limits) throws ExtractionFailure {
        AutoDetectParser parser = parsers.computeIfAbsent(limits.maxCompressionRatio(), this::newParser);
        // the type is known: Tika's parsers follow it instead of detecting again
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, parseContext());
            return false;
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return true;
            }
            throw FailureClassifier.classify(e, mediaType);
        }
    }

    /** Tika's SecureContentHandler (applied by AutoDetectParser) with our compression ratio. */
    private AutoDetectParser newParser(int maxCompressionRatio) {
        AutoDetectParser parser = new AutoDetectParser(tika);
        AutoDetectParserConfig secure = new AutoDetectParserConfig();
        secure.setMaximumCompressionRatio(maxCompressionRatio);
        parser.setAutoDetectParserConfig(secure);
        return parser;
    }

    static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);     // the DOM extractors load a whole part into the heap
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeSlideMasterContent(false);   // "Click to edit Master title style"
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        // attachments inside documents (OLE objects, embedded files) are not catalogued: not parsed
        context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
        return context;
    }

    private static Optional<String> first(Metadata metadata, Property property) {
        return Optional.ofNullable(metadata.get(property)).map(DocumentExtractor::clean).filter(s -> !s.isEmpty());
    }

    private static Optional<String> authors(Metadata metadata) {
        String joined = Arrays.stream(metadata.getValues(TikaCoreProperties.CREATOR))
                .map(DocumentExtractor::clean)
                .filter(s -> !s.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static String clean(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    static OptionalInt pageCount(Metadata metadata, String mediaType, int countedSheets) {
        for (Property property : new Property[]{Office.SLIDE_COUNT, PagedText.N_PAGES, Office.PAGE_COUNT}) {
            Integer value = metadata.getInt(property);
            if (value != null && value > 0) {
                return OptionalInt.of(value);
            }
        }
        if (XLSX.equals(mediaType) && countedSheets > 0) {
            return OptionalInt.of(countedSheets);
        }
        return OptionalInt.empty();
    }

    private static Optional<Path> thumbnail(Path file, String mediaType, Path workDir) {
        return switch (mediaType) {
            case PDF -> PdfThumbnail.render(file, workDir, THUMBNAIL_WIDTH);
            case EPUB -> EpubCover.extract(file, workDir, THUMBNAIL_WIDTH);
            default -> Optional.empty();
        };
    }

    /** Leaves embedded documents alone. */
    enum SkipEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
