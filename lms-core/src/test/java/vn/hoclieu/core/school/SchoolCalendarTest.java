package vn.hoclieu.core.school;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolCalendarTest {

    private static final LocalDate SEPT_5 = LocalDate.of(2027, 9, 5);
    private static final LocalDate MAY_31 = LocalDate.of(2028, 5, 31);

    private static SchoolYearInput year(LocalDate start, LocalDate end, LocalDate firstEnds, LocalDate secondStarts) {
        return new SchoolYearInput(start, end, new DateRange(start, firstEnds), new DateRange(secondStarts, end));
    }

    private static void refusedWith(SchoolYearInput year, String code, String field) {
        assertThatThrownBy(() -> SchoolCalendar.check(year)).isInstanceOfSatisfying(StructureRefusedException.class, e -> {
            assertThat(e.kind()).isEqualTo(StructureRefusedException.Kind.INVALID);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theNameIsTheTwoCalendarYearsWithAnEnDash() {
        assertThat(SchoolCalendar.yearName(SEPT_5, MAY_31)).isEqualTo("2027–2028");
    }

    @Test
    void theUsualYearRunsFromFiveSeptemberToMayAndSplitsMidJanuary() {
        SchoolYearInput usual = SchoolCalendar.usualYear(2027);

        assertThat(usual.startsOn()).isEqualTo(SEPT_5);
        assertThat(usual.endsOn()).isEqualTo(MAY_31);
        assertThat(usual.firstSemester().endsOn()).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(usual.secondSemester().startsOn()).isEqualTo(LocalDate.of(2028, 1, 16));
        assertThatCode(() -> SchoolCalendar.check(usual)).doesNotThrowAnyException();
    }

    @Test
    void aYearStartingLateAugustIsAllowed() {
        LocalDate aug25 = LocalDate.of(2027, 8, 25);
        assertThatCode(() -> SchoolCalendar.check(year(aug25, MAY_31, LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 11))))
                .doesNotThrowAnyException();
    }

    @Test
    void aYearStartingInOctoberIsRefused() {
        LocalDate oct1 = LocalDate.of(2027, 10, 1);
        refusedWith(year(oct1, MAY_31, LocalDate.of(2028, 1, 15), LocalDate.of(2028, 1, 16)), "year_start", "startsOn");
    }

    @Test
    void aYearMustEndInTheNextCalendarYearByJuly() {
        refusedWith(year(SEPT_5, LocalDate.of(2027, 12, 31), LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 2)), "year_end", "endsOn");
        refusedWith(year(SEPT_5, LocalDate.of(2028, 8, 15), LocalDate.of(2028, 1, 15), LocalDate.of(2028, 1, 16)), "year_end", "endsOn");
    }

    @Test
    void aSemesterEndingBeforeItStartsIsRefused() {
        SchoolYearInput reversed = new SchoolYearInput(SEPT_5, MAY_31, new DateRange(LocalDate.of(2028, 1, 15), SEPT_5),
                new DateRange(LocalDate.of(2028, 1, 16), MAY_31));
        refusedWith(reversed, "semester_reversed", "firstSemester");
    }

    @Test
    void aSemesterOutsideTheYearIsRefused() {
        SchoolYearInput late = new SchoolYearInput(SEPT_5, MAY_31, new DateRange(SEPT_5, LocalDate.of(2028, 1, 15)),
                new DateRange(LocalDate.of(2028, 1, 16), LocalDate.of(2028, 6, 15)));
        refusedWith(late, "semester_outside_year", "secondSemester");
    }

    @Test
    void overlappingSemestersAreRefused() {
        refusedWith(year(SEPT_5, MAY_31, LocalDate.of(2028, 1, 20), LocalDate.of(2028, 1, 20)), "semesters_overlap", "secondSemester");
    }
}
