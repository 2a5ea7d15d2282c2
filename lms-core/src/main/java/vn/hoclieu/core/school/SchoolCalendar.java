package vn.hoclieu.core.school;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * The rules of a school year's calendar: it starts in August or September (pupils come back late
 * August, lessons begin on 5 September), ends by 31 July of the next calendar year, and has
 * semester I then semester II inside it, not overlapping.
 */
public final class SchoolCalendar {

    /** Where the usual calendar splits the year: semester I ends mid-January. */
    private static final MonthDay FIRST_SEMESTER_ENDS = MonthDay.of(Month.JANUARY, 15);

    private SchoolCalendar() {
    }

    /** "2026–2027", with an en dash as schools write it. */
    public static String yearName(LocalDate startsOn, LocalDate endsOn) {
        return startsOn.getYear() + "–" + endsOn.getYear();
    }

    /** The usual year starting in September of {@code startYear}: 5 September to 31 May, split on 15 January. */
    public static SchoolYearInput usualYear(int startYear) {
        LocalDate start = LocalDate.of(startYear, Month.SEPTEMBER, 5);
        LocalDate end = LocalDate.of(startYear + 1, Month.MAY, 31);
        LocalDate firstEnds = FIRST_SEMESTER_ENDS.atYear(startYear + 1);
        return new SchoolYearInput(start, end, new DateRange(start, firstEnds), new DateRange(firstEnds.plusDays(1), end));
    }

    /** Refuses ({@link StructureRefusedException}, INVALID) the first rule the year breaks. */
    public static void check(SchoolYearInput year) {
        Month startMonth = year.startsOn().getMonth();
        if (startMonth != Month.AUGUST && startMonth != Month.SEPTEMBER) {
            throw StructureRefusedException.invalid("year_start", "startsOn");
        }
        LocalDate latestEnd = LocalDate.of(year.startsOn().getYear() + 1, Month.JULY, 31);
        if (year.endsOn().getYear() != year.startsOn().getYear() + 1 || year.endsOn().isAfter(latestEnd)) {
            throw StructureRefusedException.invalid("year_end", "endsOn");
        }
        checkSemester(year, year.firstSemester(), "firstSemester");
        checkSemester(year, year.secondSemester(), "secondSemester");
        if (!year.firstSemester().endsOn().isBefore(year.secondSemester().startsOn())) {
            throw StructureRefusedException.invalid("semesters_overlap", "secondSemester");
        }
    }

    private static void checkSemester(SchoolYearInput year, DateRange semester, String field) {
        if (semester.endsOn().isBefore(semester.startsOn())) {
            throw StructureRefusedException.invalid("semester_reversed", field);
        }
        if (semester.startsOn().isBefore(year.startsOn()) || semester.endsOn().isAfter(year.endsOn())) {
            throw StructureRefusedException.invalid("semester_outside_year", field);
        }
    }
}
