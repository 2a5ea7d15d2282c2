package vn.hoclieu.core.roster.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.roster.RosterFile;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.core.roster.internal.RosterFiles.csv;
import static vn.hoclieu.core.roster.internal.RosterFiles.csvText;
import static vn.hoclieu.core.roster.internal.RosterFiles.xlsx;

class RosterReaderTest {

    @Test
    void aUtf8CsvWithVietnameseHeadersGivesItsRowsByColumn() {
        RawRoster roster = RosterReader.read(csv("good.csv"));

        assertThat(roster.fileProblem()).isNull();
        assertThat(roster.rows()).hasSize(3);
        assertThat(roster.rows().getFirst().line()).isEqualTo(2);
        assertThat(roster.rows().getFirst().cells())
                .containsEntry(RosterColumn.NAME, "Nguyễn Văn An").containsEntry(RosterColumn.CLASS, "3B")
                .containsEntry(RosterColumn.MINISTRY_CODE, "0123456789");
        assertThat(roster.rows().get(1).cells()).doesNotContainKey(RosterColumn.MINISTRY_CODE);
    }

    @Test
    void excelsUtf8WithBomAndSemicolonsReadsTheSameAndIgnoresUnknownColumns() {
        RawRoster roster = RosterReader.read(csv("bom-semicolons.csv"));

        assertThat(roster.fileProblem()).isNull();
        assertThat(roster.rows()).extracting(r -> r.cells().get(RosterColumn.NAME)).containsExactly("Phạm Thị Hồng Nhung", "Y Kông");
    }

    @Test
    void englishHeadersInAnyCaseAndWithoutDiacriticsAreAccepted() {
        RawRoster roster = RosterReader.read(csvText("NAME,Birth Date,gender,CLASS,pupil code\nAn,01/01/2017,M,3B,1\n"));
        RawRoster folded = RosterReader.read(csvText("ho va ten,NGAY SINH,gioi tinh,lop\nAn,01/01/2017,M,3B\n"));

        assertThat(roster.fileProblem()).isNull();
        assertThat(folded.fileProblem()).isNull();
    }

    @Test
    void windows1258Utf16AndDoubleEncodedFilesAreRefusedAsNotUtf8() {
        assertThat(RosterReader.read(csv("windows-1258.csv")).fileProblem().code()).isEqualTo("not_utf8");
        assertThat(RosterReader.read(csv("utf16.csv")).fileProblem().code()).isEqualTo("not_utf8");
        assertThat(RosterReader.read(csv("double-encoded.csv")).fileProblem().code()).isEqualTo("not_utf8");
    }

    @Test
    void missingRequiredColumnsAreNamedInBothLanguages() {
        RawRoster roster = RosterReader.read(csv("missing-gender.csv"));

        assertThat(roster.fileProblem().code()).isEqualTo("missing_columns");
        assertThat(roster.fileProblem().arguments()).containsExactly("Giới tính (gender)");
    }

    @Test
    void moreThanTwoThousandPupilsAreRefused() {
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Lớp\n");
        for (int i = 0; i <= RosterFile.MAX_ROWS; i++) {
            csv.append("Học Sinh ").append(i).append(",01/01/2017,Nam,3B\n");
        }

        assertThat(RosterReader.read(csvText(csv.toString())).fileProblem().code()).isEqualTo("too_many_rows");
    }

    @Test
    void emptyAndHeaderOnlyFilesAndAnOldXlsAreRefused() {
        assertThat(RosterReader.read(csvText("")).fileProblem().code()).isEqualTo("empty");
        assertThat(RosterReader.read(csvText("Họ và tên,Ngày sinh,Giới tính,Lớp\n\n")).fileProblem().code()).isEqualTo("no_rows");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(RosterReader.read(new RosterFile(RosterFile.Format.XLSX, ole2)).fileProblem().code()).isEqualTo("xls_not_supported");
    }

    @Test
    void anXlsxFirstSheetGivesRealDatesAndWholeNumbers() {
        RawRoster roster = RosterReader.read(xlsx(
                new Object[]{"Họ và tên", "Ngày sinh", "Giới tính", "Lớp", "Mã định danh"},
                new Object[]{"Nguyễn Văn An", LocalDate.of(2017, 3, 5), "Nam", "3B", 123456789012d},
                new Object[]{},
                new Object[]{"Lê Thị Ánh", "17/11/2017", "Nữ", "3B", null}));

        assertThat(roster.fileProblem()).isNull();
        assertThat(roster.rows()).hasSize(2);
        assertThat(roster.rows().getFirst().cells()).containsEntry(RosterColumn.BIRTH_DATE, LocalDate.of(2017, 3, 5))
                .containsEntry(RosterColumn.MINISTRY_CODE, "123456789012");
        assertThat(roster.rows().get(1).line()).isEqualTo(4);
        assertThat(roster.rows().get(1).cells()).containsEntry(RosterColumn.BIRTH_DATE, "17/11/2017");
    }

    @Test
    void aBrokenXlsxOrACsvSentAsXlsxIsUnreadableNotAServerError() {
        byte[] truncated = java.util.Arrays.copyOf(xlsx(new Object[]{"Họ và tên"}).content(), 300);

        assertThat(RosterReader.read(new RosterFile(RosterFile.Format.XLSX, truncated)).fileProblem().code()).isEqualTo("unreadable");
        assertThat(RosterReader.read(new RosterFile(RosterFile.Format.XLSX, "a,b".getBytes())).fileProblem().code()).isEqualTo("wrong_format");
    }

    @Test
    void aFileOverTwoMegabytesIsNotRead() {
        byte[] big = new byte[RosterFile.MAX_BYTES + 1];

        assertThat(RosterReader.read(new RosterFile(RosterFile.Format.CSV, big)).fileProblem().code()).isEqualTo("too_large");
    }
}
