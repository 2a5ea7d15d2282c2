package vn.hoclieu.core.assignment;

import java.time.Instant;

/**
 * A pupil's work on an assignment. {@code id} is 0 while it is NEW (nothing saved). Due and cut-off
 * are the pupil's own (an extension moves them). {@code grade} is null for the pupil until the
 * teacher releases the grades.
 */
public record SubmissionDetails(long id, long assignmentId, long pupilId, String pupilName, SubmissionStatus status,
                                String text, java.util.List<FileInfo> files, Instant submittedAt, boolean late, long version,
                                Instant dueAt, Instant cutoffAt, String dueAtLocal, String cutoffAtLocal,
                                boolean editable, Grade grade) {
}
