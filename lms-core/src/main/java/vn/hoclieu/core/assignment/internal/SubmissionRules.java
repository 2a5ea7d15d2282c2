package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.assignment.SubmissionRefusedException;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.AssignmentFile;
import vn.hoclieu.core.assignment.model.Extension;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.assignment.model.SubmissionWindow;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a pupil may change and hand in work: a draft until the window closes; a submitted work until
 * it is due (editing it makes it a draft again); graded work never; reopened work always (the
 * teacher asked for it). An extension gives the pupil their own window.
 */
@ApplicationScoped
public class SubmissionRules {

    @Inject
    AssignmentRepository repository;

    public SubmissionWindow windowOf(Assignment assignment, long pupilId) {
        return repository.extension(assignment.id(), pupilId)
                .map(e -> assignment.window().extendedTo(e.dueAt(), e.cutoffAt()))
                .orElse(assignment.window());
    }

    public Map<Long, SubmissionWindow> windowsOf(Assignment assignment) {
        return repository.extensionsOf(assignment.id()).stream()
                .collect(Collectors.toMap(Extension::pupilId, e -> assignment.window().extendedTo(e.dueAt(), e.cutoffAt())));
    }

    public boolean isEditable(Submission submission, SubmissionWindow window, Instant now) {
        return refusal(submission, window, now) == null;
    }

    public void requireEditable(Assignment assignment, Submission submission, long pupilId, Instant now) {
        SubmissionRefusedException refused = refusal(submission, windowOf(assignment, pupilId), now);
        if (refused != null) {
            throw refused;
        }
    }

    public void requireRoomForFile(Assignment assignment, Submission submission, long pupilId, Instant now) {
        if (!assignment.submissionKind().takesFiles()) {
            throw new SubmissionRefusedException("files_not_accepted");
        }
        requireEditable(assignment, submission, pupilId, now);
        if (submission != null && repository.countFiles(submission.id(), AssignmentFile.Purpose.SUBMISSION) >= assignment.maxFiles()) {
            throw new SubmissionRefusedException("too_many_files", assignment.maxFiles());
        }
    }

    public void requireSubmittable(Assignment assignment, Submission submission, Instant now) {
        requireEditable(assignment, submission, submission.pupilId(), now);
        boolean text = assignment.submissionKind().takesText() && submission.text() != null && !submission.text().isBlank();
        boolean files = assignment.submissionKind().takesFiles()
                && repository.countFiles(submission.id(), AssignmentFile.Purpose.SUBMISSION) > 0;
        if (!text && !files) {
            throw new SubmissionRefusedException("empty_submission");
        }
    }

    /** Whether the pupil still has this to do (home page): not handed in and not closed. */
    public boolean stillToDo(Submission submission, SubmissionWindow window, Instant now) {
        SubmissionStatus status = submission == null ? SubmissionStatus.NEW : submission.status();
        boolean handedIn = status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.GRADED;
        return !handedIn && (status == SubmissionStatus.REOPENED || !window.isClosed(now));
    }

    /** Why the work cannot change now, or null when it can. */
    static SubmissionRefusedException refusal(Submission submission, SubmissionWindow window, Instant now) {
        SubmissionStatus status = submission == null ? SubmissionStatus.NEW : submission.status();
        if (status == SubmissionStatus.REOPENED) {
            return null;
        }
        if (status == SubmissionStatus.GRADED) {
            return new SubmissionRefusedException("not_editable");
        }
        if (window.isClosed(now)) {
            return new SubmissionRefusedException("past_cutoff", window.closesAt());
        }
        if (status == SubmissionStatus.SUBMITTED && window.isPastDue(now)) {
            return new SubmissionRefusedException("past_due", window.dueAt());
        }
        return null;
    }
}
