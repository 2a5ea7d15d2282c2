package vn.hoclieu.core.assignment;

import jakarta.validation.constraints.Size;

/** A pupil saves their text; {@code version} is the one they read (0 or none for a new work), so two tabs cannot overwrite each other. */
public record DraftInput(@Size(max = 100_000, message = "{assignment.text.size}") String text, Long version) {
}
