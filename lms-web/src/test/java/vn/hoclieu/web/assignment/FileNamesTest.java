package vn.hoclieu.web.assignment;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.assignment.InvalidAssignmentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names from uploads and pupils' names become safe file and folder names (no path tricks), keeping Vietnamese letters. */
class FileNamesTest {

    @Test
    void anUploadKeepsOnlyItsLastPathSegment() {
        assertThat(AssignmentFiles.cleanName("../../etc/bài làm.pdf")).isEqualTo("bài làm.pdf");
        assertThat(AssignmentFiles.cleanName("C:\\Users\\An\\bai.docx")).isEqualTo("bai.docx");
        assertThat(AssignmentFiles.cleanName("a\u0000b?.png")).isEqualTo("a_b_.png");
    }

    @Test
    void aLongNameIsCutButKeepsItsExtension() {
        String cleaned = AssignmentFiles.cleanName("x".repeat(300) + ".pdf");
        assertThat(cleaned).hasSize(200).endsWith(".pdf");
    }

    @Test
    void anEmptyOrDotNameIsRefused() {
        assertThatThrownBy(() -> AssignmentFiles.cleanName("  ")).isInstanceOf(InvalidAssignmentException.class);
        assertThatThrownBy(() -> AssignmentFiles.cleanName("dir/..")).isInstanceOf(InvalidAssignmentException.class);
    }

    @Test
    void zipFolderNamesHaveNoSeparatorsOrDotsOnly() {
        assertThat(SubmissionsZip.safe("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(SubmissionsZip.safe("../An")).isEqualTo(".._An");
        assertThat(SubmissionsZip.safe("..")).isEqualTo("_");
        assertThat(SubmissionsZip.safe(null)).isEqualTo("_");
    }

    @Test
    void timesReadAsInVietnam() {
        assertThat(VietnamTime.format(java.time.Instant.parse("2026-12-01T12:30:00Z"))).isEqualTo("01/12/2026 19:30");
        assertThat(VietnamTime.megabytes(10L * 1024 * 1024)).isEqualTo("10");
        assertThat(VietnamTime.megabytes(2_621_440)).isEqualTo("2,5");
    }

    @Test
    void filesAreServedWithTheTypeOfTheirCheckedExtensionNotTheDeclaredOne() {
        assertThat(AssignmentFiles.typeOf("txt")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(AssignmentFiles.typeOf("pdf")).isEqualTo("application/pdf");
        assertThat(AssignmentFiles.typeOf("html")).isEqualTo("application/octet-stream");
    }
}
