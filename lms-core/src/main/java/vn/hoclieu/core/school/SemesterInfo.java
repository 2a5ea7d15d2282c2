package vn.hoclieu.core.school;

import java.time.LocalDate;

/** Học kỳ I (1) or II (2) of a school year. */
public record SemesterInfo(long id, long schoolYearId, int number, LocalDate startsOn, LocalDate endsOn) {
}
