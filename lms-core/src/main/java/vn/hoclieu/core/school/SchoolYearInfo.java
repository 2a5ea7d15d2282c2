package vn.hoclieu.core.school;

import java.time.LocalDate;
import java.util.List;

/** A school year as the admin sees it, with its semesters in order. */
public record SchoolYearInfo(long id, String name, LocalDate startsOn, LocalDate endsOn, boolean current,
                             List<SemesterInfo> semesters) {
}
