package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.WorkGraded;
import vn.hoclieu.core.assignment.WorkHandedIn;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.DraftInput;
import vn.hoclieu.core.assignment.ExtensionInput;
import vn.hoclieu.core.assignment.FileInfo;
import vn.hoclieu.core.file.FileRefusedException;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.FileSignature;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.assignment.GradeInput;
import vn.hoclieu.core.assignment.GradesReleased;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.Mark;
import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.core.assignment.SubjectChoice;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.core.assignment.SubmissionRefusedException;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.assignment.internal.AssignmentAccess.Standing;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.AssignmentFile;
import vn.hoclieu.core.assignment.model.Extension;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.assignment.model.SubmissionWindow;
import vn.hoclieu.core.classroom.NotInClassException;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultAssignmentService implements AssignmentService {

    @Inject
    AssignmentRepository repository;

    @Inject
    AssignmentAccess access;

    @Inject
    AssignmentViews views;

    @Inject
    AssignmentSettings settings;

    @Inject
    SubmissionRules rules;

    @Inject
    GradeRules grades;

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @Inject
    Event<GradesReleased> gradesReleased;

    @Inject
    Event<WorkHandedIn> handedIn;

    @Inject
    Event<WorkGraded> graded;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubjectChoice> subjects(long classId, Account teacher) {
        access.requireTeacher(classId, teacher);
        return repository.subjects().stream().map(s -> new SubjectChoice(s.id(), s.code(), s.name(teacher.locale()))).toList();
    }

    @Override
    public AssignmentDetails create(long classId, Account teacher, AssignmentInput input) {
        access.requireTeacher(classId, teacher);
        Assignment assignment = new Assignment(classId, teacher.id());
        settings.apply(assignment, input);
        repository.add(assignment);
        return views.details(assignment, teacher.locale(), counts(assignment, Map.of()), null);
    }

    @Override
    public AssignmentDetails createInCourse(long courseId, Account author, AssignmentInput input) {
        if (access.courseStanding(courseId, author) != Standing.TEACHER) {
            throw new AssignmentAccessDeniedException("only the course's authors set its assignments");
        }
        if (input.scale() != null && input.scale() != GradingScale.SCORE_10) {
            throw new InvalidAssignmentException("scale", "assignment.course.scoreOnly");
        }
        Assignment assignment = Assignment.inCourse(courseId, author.id(), Instant.now());
        settings.apply(assignment, input);
        repository.add(assignment);
        return views.details(assignment, author.locale(), counts(assignment, Map.of()), null);
    }

    @Override
    public AssignmentDetails update(long assignmentId, Account teacher, AssignmentInput input) {
        Assignment assignment = found(assignmentId);
        access.requireTeacher(assignment, teacher);
        settings.apply(assignment, input);
        repository.flush();
        return details(assignment, teacher, Instant.now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentDetails> ofClass(long classId, Account reader) {
        Instant now = Instant.now();
        Standing standing = access.standing(classId, reader);
        if (standing == Standing.PUPIL) {
            List<Assignment> open = repository.ofClass(classId, now);
            Map<Long, Submission> mine = repository.ofPupil(reader.id(), open.stream().map(Assignment::id).toList());
            return open.stream().map(a -> views.details(a, reader.locale(), null, statusOf(mine.get(a.id())))).toList();
        }
        List<Assignment> all = repository.ofClass(classId, null);
        Map<Long, Map<SubmissionStatus, Long>> counts = repository.countsOf(all.stream().map(Assignment::id).toList());
        int pupils = repository.pupilIdsOf(classId).size();
        return all.stream().map(a -> views.details(a, reader.locale(), withNew(counts.getOrDefault(a.id(), Map.of()), pupils), null)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentDetails assignment(long assignmentId, Account reader) {
        return details(found(assignmentId), reader, Instant.now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentDetails> upcomingFor(Account pupil) {
        Instant now = Instant.now();
        return schools.classOf(pupil.id()).map(ClassSummary::id).map(classId -> {
            List<Assignment> open = repository.ofClass(classId, now);
            Map<Long, Submission> mine = repository.ofPupil(pupil.id(), open.stream().map(Assignment::id).toList());
            return open.stream()
                    .filter(a -> rules.stillToDo(mine.get(a.id()), rules.windowOf(a, pupil.id()), now))
                    .sorted(Comparator.comparing(Assignment::dueAt))
                    .map(a -> views.details(a, pupil.locale(), null, statusOf(mine.get(a.id()))))
                    .toList();
        }).orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileRules attachmentRules(long assignmentId, Account teacher) {
        Assignment assignment = found(assignmentId);
        access.requireTeacher(assignment, teacher);
        return new FileRules(AssignmentInput.MAX_FILE_BYTES, AssignmentSettings.teacherExtensions(assignment));
    }

    @Override
    public FileInfo attach(long assignmentId, Account teacher, StoredFile file) {
        Assignment assignment = found(assignmentId);
        access.requireTeacher(assignment, teacher);
        AssignmentFile stored = new AssignmentFile(assignmentId, null, AssignmentFile.Purpose.ATTACHMENT, file.name(), file.contentType(),
                file.size(), file.blobId(), teacher.id());
        repository.add(stored);
        return AssignmentViews.info(stored);
    }

    // --- the pupil's side

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionDetails submission(long assignmentId, Account pupil) {
        Assignment assignment = found(assignmentId);
        access.requirePupil(assignment, pupil, Instant.now());
        return own(assignment, pupil, repository.submissionOf(assignmentId, pupil.id()).orElse(null));
    }

    @Override
    public SubmissionDetails saveDraft(long assignmentId, Account pupil, DraftInput draft) {
        Instant now = Instant.now();
        Assignment assignment = found(assignmentId);
        access.requirePupil(assignment, pupil, now);
        if (!assignment.submissionKind().takesText()) {
            throw new SubmissionRefusedException("text_not_accepted");
        }
        Submission submission = repository.submissionOf(assignmentId, pupil.id()).orElse(null);
        long current = submission == null ? 0 : submission.version();
        if (draft.version() != null && draft.version() != current) {
            throw new SubmissionRefusedException("stale_version");
        }
        rules.requireEditable(assignment, submission, pupil.id(), now);
        submission = existing(submission, assignmentId, pupil.id());
        submission.write(RichText.sanitize(draft.text()));
        repository.flush();
        return own(assignment, pupil, submission);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileRules submissionFileRules(long assignmentId, Account pupil, String fileName) {
        Instant now = Instant.now();
        Assignment assignment = found(assignmentId);
        access.requirePupil(assignment, pupil, now);
        Submission submission = repository.submissionOf(assignmentId, pupil.id()).orElse(null);
        rules.requireRoomForFile(assignment, submission, pupil.id(), now);
        if (!assignment.allowedExtensions().contains(FileSignature.extensionOf(fileName))) {
            throw new FileRefusedException(fileName);
        }
        return new FileRules(assignment.maxFileBytes(), assignment.allowedExtensions());
    }

    @Override
    public FileInfo addFile(long assignmentId, Account pupil, StoredFile file) {
        submissionFileRules(assignmentId, pupil, file.name()); // again, in this transaction
        Submission submission = existing(repository.submissionOf(assignmentId, pupil.id()).orElse(null), assignmentId, pupil.id());
        submission.edit();
        AssignmentFile stored = new AssignmentFile(assignmentId, submission.id(), AssignmentFile.Purpose.SUBMISSION, file.name(),
                file.contentType(), file.size(), file.blobId(), pupil.id());
        repository.add(stored);
        return AssignmentViews.info(stored);
    }

    @Override
    public SubmissionDetails removeFile(long assignmentId, Account pupil, long fileId) {
        Instant now = Instant.now();
        Assignment assignment = found(assignmentId);
        access.requirePupil(assignment, pupil, now);
        Submission submission = repository.submissionOf(assignmentId, pupil.id())
                .orElseThrow(() -> new AssignmentNotFoundException("no work yet"));
        AssignmentFile file = repository.file(fileId)
                .filter(f -> submission.id().equals(f.submissionId()) && f.purpose() == AssignmentFile.Purpose.SUBMISSION)
                .orElseThrow(() -> new AssignmentNotFoundException("no such file"));
        rules.requireEditable(assignment, submission, pupil.id(), now);
        repository.remove(file);
        submission.edit();
        repository.flush();
        return own(assignment, pupil, submission);
    }

    @Override
    public SubmissionDetails submit(long assignmentId, Account pupil) {
        Instant now = Instant.now();
        Assignment assignment = found(assignmentId);
        access.requirePupil(assignment, pupil, now);
        Submission submission = repository.submissionOf(assignmentId, pupil.id())
                .orElseThrow(() -> new SubmissionRefusedException("empty_submission"));
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            rules.requireSubmittable(assignment, submission, now);
            submission.submit(now, rules.windowOf(assignment, pupil.id()).isPastDue(now));
            repository.flush();
            if (assignment.inCourse()) {
                handedIn.fire(new WorkHandedIn(assignment.id(), assignment.courseId(), pupil.id()));
            }
        }
        return own(assignment, pupil, submission);
    }

    // --- the teacher's side

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionDetails> submissions(long assignmentId, Account reader, SubmissionStatus status) {
        Assignment assignment = found(assignmentId);
        access.requireTeacherOrAdmin(assignment, reader);
        List<Long> pupils = access.pupilsOf(assignment);
        Map<Long, Submission> rows = repository.submissionsOf(assignmentId).stream()
                .collect(Collectors.toMap(Submission::pupilId, Function.identity()));
        Map<Long, List<AssignmentFile>> files = repository.filesOf(rows.values().stream().map(Submission::id).toList()).stream()
                .collect(Collectors.groupingBy(AssignmentFile::submissionId));
        Map<Long, SubmissionWindow> windows = rules.windowsOf(assignment);
        Map<Long, String> names = accounts.displayNames(pupils);
        Collator vietnamese = Collator.getInstance(Locale.of("vi"));
        Instant now = Instant.now();
        return pupils.stream()
                .map(p -> {
                    Submission s = rows.get(p);
                    SubmissionWindow window = windows.getOrDefault(p, assignment.window());
                    return views.submission(assignment, p, names.get(p), s, s == null ? List.of() : files.getOrDefault(s.id(), List.of()),
                            window, rules.isEditable(s, window, now), true);
                })
                .filter(s -> status == null || s.status() == status)
                .sorted(Comparator.comparing(SubmissionDetails::pupilName, Comparator.nullsLast(vietnamese)))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionDetails submissionById(long submissionId, Account teacher) {
        Submission submission = repository.submission(submissionId).orElseThrow(() -> new AssignmentNotFoundException("no submission"));
        Assignment assignment = found(submission.assignmentId());
        access.requireTeacherOrAdmin(assignment, teacher);
        return forTeacher(assignment, submission);
    }

    @Override
    public SubmissionDetails grade(long submissionId, Account teacher, GradeInput input) {
        Submission submission = submissionForTeacher(submissionId, teacher);
        Assignment assignment = found(submission.assignmentId());
        if (submission.submittedAt() == null) {
            throw new SubmissionRefusedException("not_submitted");
        }
        grades.grade(assignment, submission, rules.windowOf(assignment, submission.pupilId()), input, teacher.id(), Instant.now());
        repository.flush();
        if (assignment.inCourse()) {
            graded.fire(new WorkGraded(assignment.id(), assignment.courseId(), submission.pupilId(), submission.finalScore()));
        } else if (assignment.released()) {
            announceRelease(assignment); // a grade saved after release is visible at once: the gradebook follows
        }
        return forTeacher(assignment, submission);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileRules feedbackFileRules(long submissionId, Account teacher) {
        Submission submission = submissionForTeacher(submissionId, teacher);
        return new FileRules(AssignmentInput.MAX_FILE_BYTES, AssignmentSettings.teacherExtensions(found(submission.assignmentId())));
    }

    @Override
    public FileInfo addFeedbackFile(long submissionId, Account teacher, StoredFile file) {
        Submission submission = submissionForTeacher(submissionId, teacher);
        AssignmentFile stored = new AssignmentFile(submission.assignmentId(), submission.id(), AssignmentFile.Purpose.FEEDBACK, file.name(),
                file.contentType(), file.size(), file.blobId(), teacher.id());
        repository.add(stored);
        return AssignmentViews.info(stored);
    }

    @Override
    public SubmissionDetails reopen(long submissionId, Account teacher) {
        Submission submission = submissionForTeacher(submissionId, teacher);
        if (submission.submittedAt() == null) {
            throw new SubmissionRefusedException("not_submitted");
        }
        submission.reopen();
        repository.flush();
        return forTeacher(found(submission.assignmentId()), submission);
    }

    @Override
    public SubmissionDetails extend(long assignmentId, long pupilId, Account teacher, ExtensionInput input) {
        Assignment assignment = found(assignmentId);
        access.requireTeacher(assignment, teacher);
        if (!access.pupilsOf(assignment).contains(pupilId)) {
            throw new NotInClassException(pupilId);
        }
        Instant due = AssignmentViews.instant(input.dueAt());
        Instant cutoff = AssignmentViews.instant(input.cutoffAt());
        if (cutoff != null && cutoff.isBefore(due)) {
            throw new InvalidAssignmentException("cutoffAt", "assignment.times.cutoff");
        }
        Extension extension = repository.extension(assignmentId, pupilId).orElse(null);
        if (extension == null) {
            extension = new Extension(assignmentId, pupilId);
            extension.moveTo(due, cutoff, teacher.id());
            repository.add(extension);
        } else {
            extension.moveTo(due, cutoff, teacher.id());
        }
        repository.flush();
        return forTeacher(assignment, repository.submissionOf(assignmentId, pupilId).orElse(null), pupilId);
    }

    @Override
    public AssignmentDetails release(long assignmentId, Account teacher) {
        Assignment assignment = found(assignmentId);
        access.requireTeacher(assignment, teacher);
        assignment.release(Instant.now());
        repository.flush();
        announceRelease(assignment);
        return details(assignment, teacher, Instant.now());
    }

    /** Only a class's grades reach its gradebook; an open course's never do. */
    private void announceRelease(Assignment assignment) {
        if (assignment.inCourse()) {
            return;
        }
        gradesReleased.fire(new GradesReleased(assignment.id(), assignment.classId(), assignment.subjectId(), assignment.title(),
                assignment.dueAt()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Mark> releasedMarks(long assignmentId) {
        Assignment assignment = found(assignmentId);
        if (!assignment.released()) {
            return Map.of();
        }
        return repository.submissionsOf(assignmentId).stream().filter(Submission::isGraded)
                .collect(Collectors.toMap(Submission::pupilId, s -> new Mark(s.finalScore(), s.rating())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileInfo file(long fileId, Account reader) {
        AssignmentFile file = repository.file(fileId).orElseThrow(() -> new AssignmentNotFoundException("no such file"));
        Assignment assignment = found(file.assignmentId());
        Standing standing = access.reading(assignment, reader, Instant.now());
        if (standing == Standing.PUPIL && file.purpose() != AssignmentFile.Purpose.ATTACHMENT) {
            Submission owner = repository.submission(file.submissionId()).orElseThrow();
            boolean own = owner.pupilId() == reader.id();
            boolean feedbackShown = file.purpose() != AssignmentFile.Purpose.FEEDBACK || (assignment.released() && owner.isGraded());
            if (!own || !feedbackShown) {
                throw new AssignmentNotFoundException("not this pupil's file");
            }
        }
        return AssignmentViews.info(file);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String titleOf(long assignmentId, Account teacher) {
        Assignment assignment = found(assignmentId);
        access.requireTeacherOrAdmin(assignment, teacher);
        if (assignment.inCourse()) {
            return assignment.title();
        }
        String className = schools.classById(assignment.classId()).map(ClassSummary::name).orElse("");
        return className + " - " + assignment.title();
    }

    // --- shapes

    private AssignmentDetails details(Assignment assignment, Account reader, Instant now) {
        Standing standing = access.reading(assignment, reader, now);
        if (standing == Standing.PUPIL) {
            return views.details(assignment, reader.locale(), null,
                    statusOf(repository.submissionOf(assignment.id(), reader.id()).orElse(null)));
        }
        Map<SubmissionStatus, Long> rows = repository.countsOf(List.of(assignment.id())).getOrDefault(assignment.id(), Map.of());
        return views.details(assignment, reader.locale(), counts(assignment, rows), null);
    }

    private Map<SubmissionStatus, Long> counts(Assignment assignment, Map<SubmissionStatus, Long> rows) {
        return withNew(rows, access.pupilsOf(assignment).size());
    }

    private static Map<SubmissionStatus, Long> withNew(Map<SubmissionStatus, Long> rows, int pupils) {
        Map<SubmissionStatus, Long> counts = new EnumMap<>(SubmissionStatus.class);
        for (SubmissionStatus status : SubmissionStatus.values()) {
            counts.put(status, rows.getOrDefault(status, 0L));
        }
        long started = rows.values().stream().mapToLong(Long::longValue).sum();
        counts.put(SubmissionStatus.NEW, Math.max(0, pupils - started));
        return counts;
    }

    private SubmissionDetails own(Assignment assignment, Account pupil, Submission submission) {
        SubmissionWindow window = rules.windowOf(assignment, pupil.id());
        List<AssignmentFile> files = submission == null ? List.of() : repository.filesOf(List.of(submission.id()));
        return views.submission(assignment, pupil.id(), pupil.displayName(), submission, files, window,
                rules.isEditable(submission, window, Instant.now()), assignment.released());
    }

    private SubmissionDetails forTeacher(Assignment assignment, Submission submission) {
        return forTeacher(assignment, submission, submission.pupilId());
    }

    private SubmissionDetails forTeacher(Assignment assignment, Submission submission, long pupilId) {
        SubmissionWindow window = rules.windowOf(assignment, pupilId);
        List<AssignmentFile> files = submission == null ? List.of() : repository.filesOf(List.of(submission.id()));
        String name = accounts.displayNames(Set.of(pupilId)).get(pupilId);
        return views.submission(assignment, pupilId, name, submission, files, window, rules.isEditable(submission, window, Instant.now()), true);
    }

    private Submission submissionForTeacher(long submissionId, Account teacher) {
        Submission submission = repository.submission(submissionId).orElseThrow(() -> new AssignmentNotFoundException("no submission"));
        access.requireTeacher(found(submission.assignmentId()), teacher);
        return submission;
    }

    private Submission existing(Submission submission, long assignmentId, long pupilId) {
        if (submission != null) {
            return submission;
        }
        Submission created = new Submission(assignmentId, pupilId);
        try {
            repository.add(created);
        } catch (jakarta.persistence.PersistenceException concurrentFirstSave) {
            throw new SubmissionRefusedException("stale_version"); // another tab created the work a moment ago
        }
        return created;
    }

    private Assignment found(long assignmentId) {
        return repository.assignment(assignmentId).orElseThrow(() -> new AssignmentNotFoundException("no assignment " + assignmentId));
    }

    private static SubmissionStatus statusOf(Submission submission) {
        return submission == null ? SubmissionStatus.NEW : submission.status();
    }
}
