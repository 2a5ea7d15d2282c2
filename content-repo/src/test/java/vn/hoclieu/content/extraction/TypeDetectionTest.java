package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoclieu.content.extraction.TestFiles.resource;

class TypeDetectionTest {

    private static TypeDetection detection;

    @BeforeAll
    static void loadTika() {
        detection = new TypeDetection();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "vi_debian-maint-guide.vi.pdf,        application/pdf,                                                              DOCUMENT",
            "officer_example.docx,                application/vnd.openxmlformats-officedocument.wordprocessingml.document,      DOCUMENT",
            "officer_example.pptx,                application/vnd.openxmlformats-officedocument.presentationml.presentation,    DOCUMENT",
            "readxl_datasets.xlsx,                application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,            DOCUMENT",
            "odfdo_dormeur-du-val_fr.odt,         application/vnd.oasis.opendocument.text,                                      DOCUMENT",
            "odfdo_example.odp,                   application/vnd.oasis.opendocument.presentation,                              DOCUMENT",
            "regime-anticancer-arabic.epub,       application/epub+zip,                                                         DOCUMENT",
            "vi_debian-maint-guide_first.vi.html, application/xhtml+xml,                                                        DOCUMENT",
            "viwiki_lich-su-viet-nam.txt,         text/plain,                                                                   DOCUMENT",
            "media/clip.mp4,                      video/quicktime,                                                              VIDEO",
            "media/clip.webm,                     video/webm,                                                                   VIDEO",
            "media/clip.mkv,                      application/x-matroska,                                                       VIDEO",
            "media/clip.avi,                      video/x-msvideo,                                                              VIDEO",
            "media/clip.ogv,                      video/theora,                                                                 VIDEO",
            "media/tone.mp3,                      audio/mpeg,                                                                   AUDIO",
            "media/tone.m4a,                      audio/mp4,                                                                    AUDIO",
            "media/tone.wav,                      audio/vnd.wave,                                                               AUDIO",
            "media/tone.opus,                     audio/opus,                                                                   AUDIO",
            "media/image.jpg,                     image/jpeg,                                                                   IMAGE",
            "media/image.png,                     image/png,                                                                    IMAGE",
            "media/image.webp,                    image/webp,                                                                   IMAGE",
            "media/image.gif,                     image/gif,                                                                    IMAGE",
            "LEGACY_libreoffice_smoketestdoc.sxw, application/vnd.sun.xml.writer,                                               OTHER",
    })
    void detectsTheTypeFromTheContentAndSortsItIntoAKind(String file, String mediaType, ContentKind kind) throws Exception {
        DetectedType detected = detection.detect(resource(file));

        assertThat(detected.mediaType()).isEqualTo(mediaType);
        assertThat(detected.kind()).isEqualTo(kind);
    }

    @Test
    void aMisleadingNameDoesNotChangeTheDetectedTypeButIsReported(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("bai-giang.mp4"), "Xin chào các em học sinh.\n", StandardCharsets.UTF_8);

        DetectedType detected = detection.detect(text);

        assertThat(detected.mediaType()).isEqualTo("text/plain");
        assertThat(detected.kind()).isEqualTo(ContentKind.DOCUMENT);
        assertThat(detected.typeByName()).contains("video/mp4");
        assertThat(detected.nameDisagrees()).isTrue();
    }

    @Test
    void theUploadersNameIsTheHintWhenTheFileHasNone(@TempDir Path dir) throws Exception {
        Path blob = TestFiles.copyAs(TestFiles.VI_PDF, dir, "7f3a9c");

        DetectedType detected = detection.detect(blob, "Giáo trình.pdf");

        assertThat(detected.mediaType()).isEqualTo("application/pdf");
        assertThat(detected.typeByName()).contains("application/pdf");
        assertThat(detected.nameDisagrees()).isFalse();
    }

    @Test
    void anEmptyFileHasNoType(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.docx"));

        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class, () -> detection.detect(empty));

        assertThat(failure.code()).isEqualTo(FailureCode.EMPTY);
    }
}
