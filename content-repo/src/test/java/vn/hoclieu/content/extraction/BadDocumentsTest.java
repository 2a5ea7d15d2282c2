package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.hoclieu.content.extraction.TestFiles.resource;

/** Every bad file ends in an {@link ExtractionFailure} with a stable code and a technical detail. */
class BadDocumentsTest {

    /** 1 GB of text in one run, ~4 MB on disk. */
    static final long BOMB_BYTES = 1L << 30;

    private static DocumentExtractor extractor;
    private static Path bomb;

    @TempDir
    static Path files;
    @TempDir
    Path work;

    @BeforeAll
    static void setUp() throws IOException {
        extractor = new DocumentExtractor();
        bomb = DocxFiles.bomb(files.resolve("bomb.docx"), BOMB_BYTES);
    }

    private ExtractionFailure failureOf(Path file) {
        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class, () -> extractor.extract(file, work));
        assertThat(failure).as("extracting %s must fail", file.getFileName()).isNotNull();
        return failure;
    }

    @ParameterizedTest
    @ValueSource(strings = {TestFiles.ENCRYPTED_RC4_PDF, TestFiles.ENCRYPTED_AES256_PDF})
    void passwordProtectedPdfIsRefusedAsEncrypted(String pdf) {
        ExtractionFailure failure = failureOf(resource(pdf));

        assertThat(failure.code()).isEqualTo(FailureCode.ENCRYPTED);
        assertThat(failure.detail()).contains("application/pdf", "password");
    }

    @Test
    void truncatedPdfIsRefusedAsCorruptWithTikasMessage() throws IOException {
        Path truncated = files.resolve("truncated.pdf");
        try (InputStream in = Files.newInputStream(resource(TestFiles.VI_PDF))) {
            Files.write(truncated, in.readNBytes(20_000));
        }

        ExtractionFailure failure = failureOf(truncated);

        assertThat(failure.code()).isEqualTo(FailureCode.CORRUPT);
        assertThat(failure.detail()).contains("application/pdf", "Missing root object specification in trailer");
    }

    @Test
    void truncatedDocxIsRefusedAsCorrupt() throws IOException {
        Path truncated = files.resolve("truncated.docx");
        try (InputStream in = Files.newInputStream(resource(TestFiles.DOCX))) {
            Files.write(truncated, in.readNBytes(3_000));
        }

        ExtractionFailure failure = failureOf(truncated);

        assertThat(failure.code()).isEqualTo(FailureCode.CORRUPT);
        assertThat(failure.detail()).contains("zip");
    }

    @Test
    void zipBombDocxFailsFastWithoutExhaustingTheHeap() {
        ExtractionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failureOf(bomb));

        assertThat(failure.code()).isEqualTo(FailureCode.ZIP_BOMB);
        assertThat(failure.detail()).contains("word/document.xml", "more than " + ExtractionLimits.DEFAULT_MAX_UNPACKED_BYTES + " bytes");
    }

    @Test
    void zipEntryUnpackingBeyondWhatItDeclaresIsAZipBomb() throws IOException {
        // 50 MB run declared as 900 kB: every declared size looks sane, the actual inflation is not
        Path liar = DocxFiles.bomb(files.resolve("liar.docx"), 50L << 20);
        DocxFiles.declareSize(liar, "word/document.xml", 900_000);

        ExtractionFailure failure = failureOf(liar);

        assertThat(failure.code()).isEqualTo(FailureCode.ZIP_BOMB);
        assertThat(failure.detail()).contains("word/document.xml unpacks beyond the 900000 bytes it declares");
    }

    @Test
    void smallBombBelowThePackageChecksIsStoppedByTikasSecureContentHandler() throws IOException {
        // 1 MB of text in 2 kB: under the guard's 1 MiB grace, over SecureContentHandler's
        // 1 M characters at more than 100 characters per input byte
        Path small = DocxFiles.write(files.resolve("small-bomb.docx"), "t", "a", java.util.zip.Deflater.BEST_COMPRESSION, out -> {
            byte[] paragraph = DocxFiles.paragraph("a".repeat(10_000));
            for (int i = 0; i < 101; i++) {
                out.write(paragraph);
            }
        });

        ExtractionFailure failure = failureOf(small);

        assertThat(failure.code()).isEqualTo(FailureCode.ZIP_BOMB);
        assertThat(failure.detail()).contains("Suspected zip bomb");
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws IOException {
        ExtractionFailure failure = failureOf(Files.createFile(files.resolve("empty.pdf")));

        assertThat(failure.code()).isEqualTo(FailureCode.EMPTY);
    }

    @Test
    void textFileNamedMp4IsRefusedBecauseItsContentIsNotWhatItsNameSays() throws IOException {
        Path fake = Files.writeString(files.resolve("bai-giang.mp4"), "Đây không phải là video.\n", StandardCharsets.UTF_8);

        ExtractionFailure failure = failureOf(fake);

        assertThat(failure.code()).isEqualTo(FailureCode.TYPE_MISMATCH);
        assertThat(failure.detail()).contains("text/plain", "video/mp4");
    }

    @Test
    void legacyOpenOfficeWriterFileIsAnUnsupportedType() {
        ExtractionFailure failure = failureOf(resource(TestFiles.LEGACY_SXW));

        assertThat(failure.code()).isEqualTo(FailureCode.UNSUPPORTED_TYPE);
        assertThat(failure.detail()).contains("application/vnd.sun.xml.writer");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeAnythingReadsIt() {
        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class, () -> extractor.extract(
                resource(TestFiles.VI_PDF), work, ExtractionLimits.defaults().withMaxFileBytes(100_000)));

        assertThat(failure.code()).isEqualTo(FailureCode.TOO_LARGE);
        assertThat(failure.detail()).contains("425646");
    }

    @Test
    void missingFileIsUnreadable() {
        ExtractionFailure failure = failureOf(files.resolve("gone.pdf"));

        assertThat(failure.code()).isEqualTo(FailureCode.UNREADABLE);
    }
}
