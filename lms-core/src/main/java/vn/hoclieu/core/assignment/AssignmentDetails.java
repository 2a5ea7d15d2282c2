package vn.hoclieu.core.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An assignment as its class (or open course: {@code classId} null, {@code courseId} set) sees it. Times are instants plus the same times in Vietnam time
 * ({@code dueAtLocal} = {@code 2026-12-01T19:30}).
 *
 * @param counts    submissions per status (teachers and admins; null for a pupil)
 * @param myStatus  the pupil's own status (null for others)
 */
public record AssignmentDetails(long id, Long classId, Long courseId, long subjectId, String subjectName, String title, String instructions,
                                Instant opensAt, Instant dueAt, Instant cutoffAt,
                                String opensAtLocal, String dueAtLocal, String cutoffAtLocal,
                                LatePolicy latePolicy, int latePenaltyPercent, SubmissionKind submissionKind,
                                int maxFiles, long maxFileBytes, List<String> allowedExtensions,
                                GradingScale scale, List<Criterion> rubric, boolean released, List<FileInfo> attachments,
                                Map<SubmissionStatus, Long> counts, SubmissionStatus myStatus, long version) {

    /**
     * The due time of work without one, such as a self-paced open course's assignment: the column
     * needs a time, and this one is past any course's life (TIMESTAMP ends in 2038). Pages say nothing of it.
     */
    public static final Instant NO_DUE_DATE = java.time.LocalDate.of(2037, 12, 31).atTime(23, 59)
            .atZone(vn.hoclieu.core.VietnamTime.ZONE).toInstant();

    /** Whether the work has a real due time (and so a late policy worth showing). */
    public boolean hasDueDate() {
        return !NO_DUE_DATE.equals(dueAt);
    }
}
