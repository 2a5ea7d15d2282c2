package vn.hoclieu.core.assignment.internal;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.Criterion;
import vn.hoclieu.core.assignment.FileInfo;
import vn.hoclieu.core.assignment.Grade;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.AssignmentFile;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.assignment.model.SubmissionWindow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Shapes entities into the records the API returns. */
@ApplicationScoped
public class AssignmentViews {

    /** Teachers type times in Vietnam time; instants are stored. */
    public static final ZoneId VIETNAM = VietnamTime.ZONE;

    @Inject
    AssignmentRepository repository;

    public static String local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM).toString();
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toInstant();
    }

    public AssignmentDetails details(Assignment a, String languageTag, Map<SubmissionStatus, Long> counts, SubmissionStatus myStatus) {
        String subject = repository.subject(a.subjectId()).map(s -> s.name(languageTag)).orElse("");
        List<Criterion> rubric = a.rubric().stream().map(r -> new Criterion(r.criterion(), r.maxPoints())).toList();
        List<FileInfo> attachments = repository.attachmentsOf(a.id()).stream().map(AssignmentViews::info).toList();
        return new AssignmentDetails(a.id(), a.classId(), a.courseId(), a.subjectId(), subject, a.title(), a.instructions(),
                a.opensAt(), a.dueAt(), a.cutoffAt(), local(a.opensAt()), local(a.dueAt()), local(a.cutoffAt()),
                a.latePolicy(), a.latePenaltyPercent(), a.submissionKind(), a.maxFiles(), a.maxFileBytes(), a.allowedExtensions(),
                a.scale(), rubric, a.released(), attachments, counts, myStatus, a.version());
    }

    /**
     * A pupil's work; {@code submission} null while NEW. The grade is shown when {@code showGrade}
     * (teachers always, the pupil once released).
     */
    public SubmissionDetails submission(Assignment a, long pupilId, String pupilName, Submission s, List<AssignmentFile> files,
                                        SubmissionWindow window, boolean editable, boolean showGrade) {
        List<FileInfo> work = files.stream().filter(f -> f.purpose() == AssignmentFile.Purpose.SUBMISSION).map(AssignmentViews::info).toList();
        if (s == null) {
            return new SubmissionDetails(0, a.id(), pupilId, pupilName, SubmissionStatus.NEW, "", List.of(), null, false, 0,
                    window.dueAt(), window.closesAt(), local(window.dueAt()), local(window.closesAt()), editable, null);
        }
        Grade grade = null;
        if (showGrade && s.isGraded()) {
            List<FileInfo> feedback = files.stream().filter(f -> f.purpose() == AssignmentFile.Purpose.FEEDBACK).map(AssignmentViews::info).toList();
            grade = new Grade(s.score(), s.rating(), s.rubricPoints(), s.penaltyPercent(), s.finalScore(), s.feedback(), feedback,
                    s.gradedAt(), a.released());
        }
        return new SubmissionDetails(s.id(), a.id(), pupilId, pupilName, s.status(), s.text() == null ? "" : s.text(), work,
                s.submittedAt(), s.late(), s.version(), window.dueAt(), window.closesAt(), local(window.dueAt()), local(window.closesAt()),
                editable, grade);
    }

    static FileInfo info(AssignmentFile f) {
        return new FileInfo(f.id(), f.name(), f.contentType(), f.size(), f.blobId());
    }
}
