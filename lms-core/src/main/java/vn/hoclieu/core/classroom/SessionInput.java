package vn.hoclieu.core.classroom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/**
 * A teacher schedules an online session. The start is Vietnam time (what a teacher types); the
 * link must be http(s) (nothing a browser would run as script).
 */
public record SessionInput(
        @NotBlank(message = "{session.title.required}")
        @Size(max = 200, message = "{session.title.size}")
        String title,
        @NotNull(message = "{session.startsAt.required}")
        LocalDateTime startsAt,
        @Min(value = 5, message = "{session.duration.range}")
        @Max(value = 300, message = "{session.duration.range}")
        int durationMinutes,
        @NotBlank(message = "{session.url.invalid}")
        @Size(max = 1000, message = "{session.url.invalid}")
        @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{session.url.invalid}")
        String meetingUrl) {
}
