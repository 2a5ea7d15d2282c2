package vn.hoclieu.core.quiz;

import java.time.Instant;

/** An attempt's end as the server keeps it and the seconds left (null: no end; 0 once submitted). */
public record AttemptClockView(long id, Instant endsAt, Long remainingSeconds, Instant submittedAt) {
}
