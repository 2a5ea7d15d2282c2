package vn.hoclieu.web.assignment;

import vn.hoclieu.core.VietnamTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pupils' names become safe folder names of the submissions zip; times read as in Vietnam. */
class SubmissionsZipTest {

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
    }
}
