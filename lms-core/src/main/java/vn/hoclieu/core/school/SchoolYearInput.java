package vn.hoclieu.core.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A new school year: its first and last day and its two semesters. The name ("2026–2027") comes
 * from the dates; {@link SchoolCalendar} says what is allowed.
 */
public record SchoolYearInput(
        @NotNull(message = "{school.date.required}") LocalDate startsOn,
        @NotNull(message = "{school.date.required}") LocalDate endsOn,
        @NotNull(message = "{school.date.required}") @Valid DateRange firstSemester,
        @NotNull(message = "{school.date.required}") @Valid DateRange secondSemester) {
}
