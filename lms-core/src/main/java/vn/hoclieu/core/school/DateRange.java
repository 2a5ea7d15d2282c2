package vn.hoclieu.core.school;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** From one day to another, both included. */
public record DateRange(
        @NotNull(message = "{school.date.required}") LocalDate startsOn,
        @NotNull(message = "{school.date.required}") LocalDate endsOn) {
}
