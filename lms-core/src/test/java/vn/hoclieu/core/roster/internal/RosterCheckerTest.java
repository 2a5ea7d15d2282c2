package vn.hoclieu.core.roster.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterProblem;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.core.roster.model.Gender;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.core.roster.internal.RosterFiles.TODAY;
import static vn.hoclieu.core.roster.internal.RosterFiles.csv;
import static vn.hoclieu.core.roster.internal.RosterFiles.csvText;
import static vn.hoclieu.core.roster.internal.RosterFiles.demoSchool;

class RosterCheckerTest {

    private static RosterPreview check(vn.hoclieu.core.roster.RosterFile file, Set<String> takenUsernames) {
        return RosterChecker.check(RosterReader.read(file), demoSchool(), TODAY, takenUsernames::contains);
    }

    @Test
    void aGoodRosterIsImportableWithTheUsernamesItWouldCreate() {
        RosterPreview preview = check(csv("good.csv"), Set.of("hs.an"));

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(RosterRow::username).containsExactly("hs.an2", "hs.anh", "hs.dat");
        RosterRow dat = preview.rows().get(2);
        assertThat(dat.birthDate()).isEqualTo(LocalDate.of(2017, 2, 1));
        assertThat(dat.gender()).isEqualTo(Gender.MALE);
        assertThat(dat.className()).as("as the school writes it").isEqualTo("3B");
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndNothingIsImportable() {
        RosterPreview preview = check(csv("broken.csv"), Set.of());

        assertThat(preview.importable()).isFalse();
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(codes(preview.rows().get(1))).containsExactly("bad_date");
        assertThat(codes(preview.rows().get(2))).containsExactly("bad_gender", "unknown_class", "bad_code");
        assertThat(preview.rows().get(2).problems().get(1).arguments()).containsExactly("9Z", "2026–2027");
        assertThat(codes(preview.rows().get(3))).containsExactly("duplicate_code_in_file", "duplicate_pupil_in_file");
        assertThat(preview.rows().get(3).problems().getFirst().arguments()).containsExactly("0123456789", 2);
        assertThat(codes(preview.rows().get(4))).containsExactly("required", "implausible_age");
        assertThat(preview.rowsWithProblems()).isEqualTo(4);
    }

    @Test
    void pupilsAlreadyInTheSchoolAreDuplicates() {
        RosterPreview preview = check(csvText("""
                Họ và tên,Ngày sinh,Giới tính,Lớp,Mã định danh
                Trần  Thị Cũ,01/01/2017,Nữ,3B,
                Người Mới,01/01/2017,Nữ,3B,0999999999
                """), Set.of());

        assertThat(codes(preview.rows().get(0))).containsExactly("pupil_exists");
        assertThat(codes(preview.rows().get(1))).containsExactly("code_exists");
    }

    @Test
    void agesOutsideFiveToTwentyAreImplausible() {
        RosterPreview preview = check(csvText("""
                Họ và tên,Ngày sinh,Giới tính,Lớp
                Bé Quá,01/01/2024,Nữ,1A
                Lớn Quá,01/01/2000,Nam,5C
                Vừa Đủ,29/11/2021,Nam,1A
                """), Set.of());

        assertThat(preview.rows()).extracting(r -> codes(r)).containsExactly(
                java.util.List.of("implausible_age"), java.util.List.of("implausible_age"), java.util.List.of());
    }

    @Test
    void datesAreDayFirstAsVietnameseWriteThem() {
        assertThat(RosterChecker.parseDate("05/03/2017")).contains(LocalDate.of(2017, 3, 5));
        assertThat(RosterChecker.parseDate("5-3-2017")).contains(LocalDate.of(2017, 3, 5));
        assertThat(RosterChecker.parseDate("2017-03-05")).contains(LocalDate.of(2017, 3, 5));
        assertThat(RosterChecker.parseDate("31/02/2017")).isEmpty();
        assertThat(RosterChecker.parseDate("05/03/17")).isEmpty();
    }

    @Test
    void anXlsxRosterIsCheckedLikeACsvOne() {
        RosterPreview preview = check(RosterFiles.xlsx(
                new Object[]{"Name", "Date of birth", "Sex", "Class"},
                new Object[]{"Hoàng Văn Đức", LocalDate.of(2015, 9, 1), "male", "5C"}), Set.of());

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows().getFirst().username()).isEqualTo("hs.duc");
    }

    private static java.util.List<String> codes(RosterRow row) {
        return row.problems().stream().map(RosterProblem::code).toList();
    }
}
