package vn.hoclieu.core.assignment;

import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.core.file.FileRules;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.util.List;
import java.util.Map;

/**
 * Assignments of a class and the pupils' work on them. The class's teachers (homeroom or subject)
 * set, grade and release; its pupils see assignments once open and only their own work; admins of
 * its school read. An open course's assignments: its authors as the teachers, its enrolled
 * learners as the pupils. Anyone else: {@link AssignmentAccessDeniedException}. The transaction boundary.
 */
public interface AssignmentService {

    /** The subjects a teacher of the class may set work in (every subject of the programme), in the reader's language. */
    List<SubjectChoice> subjects(long classId, Account teacher);

    AssignmentDetails create(long classId, Account teacher, @Valid AssignmentInput input);

    /**
     * An open course's assignment, set by one of its authors (asked of {@link AssignmentAudience}):
     * scored on 10 (the course's pass threshold applies to it), grades visible to the learner at
     * once, never in a gradebook. Its enrolled learners hand in as a class's pupils do.
     */
    AssignmentDetails createInCourse(long courseId, Account author, @Valid AssignmentInput input);

    AssignmentDetails update(long assignmentId, Account teacher, @Valid AssignmentInput input);

    /** Teachers and admins: every assignment, with counts; pupils: the open ones with their status. Latest due first. */
    List<AssignmentDetails> ofClass(long classId, Account reader);

    AssignmentDetails assignment(long assignmentId, Account reader);

    /** The pupil's assignments of their classes still to hand in, soonest due first (home page). */
    List<AssignmentDetails> upcomingFor(Account pupil);

    /** What a teacher's next attachment may be (checks they teach the class). */
    FileRules attachmentRules(long assignmentId, Account teacher);

    FileInfo attach(long assignmentId, Account teacher, StoredFile file);

    // --- the pupil's side

    SubmissionDetails submission(long assignmentId, Account pupil);

    /** @throws SubmissionRefusedException stale_version, past_cutoff, past_due, not_editable, text_not_accepted */
    SubmissionDetails saveDraft(long assignmentId, Account pupil, @Valid DraftInput draft);

    /** Checks the pupil may add a file now (kind, count, times) and says what it may be. */
    FileRules submissionFileRules(long assignmentId, Account pupil, String fileName);

    FileInfo addFile(long assignmentId, Account pupil, StoredFile file);

    SubmissionDetails removeFile(long assignmentId, Account pupil, long fileId);

    SubmissionDetails submit(long assignmentId, Account pupil);

    // --- the teacher's side

    /** Every pupil of the class (NEW when nothing saved), by name; filtered by status when given. */
    List<SubmissionDetails> submissions(long assignmentId, Account reader, SubmissionStatus status);

    SubmissionDetails submissionById(long submissionId, Account teacher);

    SubmissionDetails grade(long submissionId, Account teacher, @Valid GradeInput grade);

    FileRules feedbackFileRules(long submissionId, Account teacher);

    FileInfo addFeedbackFile(long submissionId, Account teacher, StoredFile file);

    SubmissionDetails reopen(long submissionId, Account teacher);

    SubmissionDetails extend(long assignmentId, long pupilId, Account teacher, @Valid ExtensionInput extension);

    /** Makes every grade of the assignment visible to the pupils (and later ones as they are saved); fires {@link GradesReleased}. */
    AssignmentDetails release(long assignmentId, Account teacher);

    /** Released marks by pupil id (empty before release), for the gradebook. */
    Map<Long, Mark> releasedMarks(long assignmentId);

    /** A file the reader may download: attachments for the class's people, work for its pupil and teachers. */
    FileInfo file(long fileId, Account reader);

    /** The class's name and the title, for the zip's name. */
    String titleOf(long assignmentId, Account teacher);
}
