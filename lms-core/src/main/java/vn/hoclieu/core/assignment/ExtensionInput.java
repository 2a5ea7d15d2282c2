package vn.hoclieu.core.assignment;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;

/** A pupil's own due time and cut-off (Vietnam time). */
public record ExtensionInput(@NotNull(message = "{assignment.dueAt.required}") LocalDateTime dueAt, LocalDateTime cutoffAt) {
}
