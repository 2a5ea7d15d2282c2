package vn.hoclieu.web.file;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.file.InvalidFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names from uploads become safe file names (no path tricks), keeping Vietnamese letters; types and sizes as served and shown. */
class FileNamesTest {

    @Test
    void anUploadKeepsOnlyItsLastPathSegment() {
        assertThat(UploadedFiles.cleanName("../../etc/bài làm.pdf")).isEqualTo("bài làm.pdf");
        assertThat(UploadedFiles.cleanName("C:\\Users\\An\\bai.docx")).isEqualTo("bai.docx");
        assertThat(UploadedFiles.cleanName("a\u0000b?.png")).isEqualTo("a_b_.png");
    }

    @Test
    void aLongNameIsCutButKeepsItsExtension() {
        String cleaned = UploadedFiles.cleanName("x".repeat(300) + ".pdf");
        assertThat(cleaned).hasSize(200).endsWith(".pdf");
    }

    @Test
    void anEmptyOrDotNameIsRefused() {
        assertThatThrownBy(() -> UploadedFiles.cleanName("  ")).isInstanceOf(InvalidFileException.class);
        assertThatThrownBy(() -> UploadedFiles.cleanName("dir/..")).isInstanceOf(InvalidFileException.class);
    }

    @Test
    void sizesReadAsInVietnam() {
        assertThat(FileRefusals.megabytes(10L * 1024 * 1024)).isEqualTo("10");
        assertThat(FileRefusals.megabytes(2_621_440)).isEqualTo("2,5");
    }

    @Test
    void filesAreServedWithTheTypeOfTheirCheckedExtensionNotTheDeclaredOne() {
        assertThat(UploadedFiles.typeOf("txt")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(UploadedFiles.typeOf("pdf")).isEqualTo("application/pdf");
        assertThat(UploadedFiles.typeOf("html")).isEqualTo("application/octet-stream");
    }
}
