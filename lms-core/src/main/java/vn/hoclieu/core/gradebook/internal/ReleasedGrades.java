package vn.hoclieu.core.gradebook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.GradesReleased;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.Mark;
import vn.hoclieu.core.gradebook.SourceRef;
import vn.hoclieu.core.gradebook.SubjectAssessment;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.core.quiz.QuizGraded;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.core.school.model.SchoolClass;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Released assignment grades and quiz grades become a gradebook column, in the transaction that
 * released or graded them (a refused mark refuses the change, rather than a gradebook silently
 * missing it). Which column: in lower secondary a scored subject's assignment or quiz is one
 * regular score (ĐĐGtx, rounded to one decimal as Circular 22 writes scores) and a commented
 * subject's Đạt / Chưa đạt one of its assessments. Primary work makes no column: under Circular 27
 * regular assessment is by comments (the feedback), and the term ratings and test scores are the
 * teacher's own judgement, typed on the gradebook page. Pupils who have left the class are left out.
 */
@ApplicationScoped
public class ReleasedGrades {

    @Inject
    AssignmentService assignments;

    @Inject
    QuizService quizzes;

    @Inject
    GradebookService gradebook;

    @Inject
    GradebookRepository repository;

    void assignmentReleased(@Observes GradesReleased released) {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        assignments.releasedMarks(released.assignmentId()).forEach((pupil, mark) -> marks.put(pupil, new Mark(mark.score(), mark.rating(), null)));
        record(SourceRef.assignment(released.assignmentId()), released.classId(), released.subjectId(), released.title(),
                released.dueAt(), marks);
    }

    void quizGraded(@Observes QuizGraded graded) {
        if (graded.classId() == null) {
            return; // an open course's quiz: self-learners have no gradebook
        }
        Map<Long, Mark> marks = new LinkedHashMap<>();
        quizzes.grades(graded.quizId(), graded.pupilIds()).forEach((pupil, score) ->
                marks.put(pupil, new Mark(score.setScale(1, RoundingMode.HALF_UP), null, null)));
        record(SourceRef.quiz(graded.quizId()), graded.classId(), graded.subjectId(), graded.title(), graded.takenAt(), marks);
    }

    private void record(SourceRef source, long classId, long subjectId, String title, Instant at, Map<Long, Mark> marks) {
        Optional<SchoolClass> schoolClass = repository.schoolClass(classId);
        if (schoolClass.isEmpty()) {
            return;
        }
        Set<Long> pupils = schoolClass.get().pupilIds();
        marks.keySet().retainAll(pupils);
        boolean scores = marks.values().stream().anyMatch(m -> m.score() != null);
        columnFor(schoolClass.get(), subjectId, scores).ifPresent(kind ->
                gradebook.recordFromSource(source, classId, subjectId, Term.at(at), kind, title, marks));
    }

    /** The column marks go to, if the class and subject keep marks of that sort. */
    private Optional<ColumnKind> columnFor(SchoolClass schoolClass, long subjectId, boolean scores) {
        var subject = repository.subject(subjectId);
        if (subject.isEmpty() || repository.teaching(schoolClass.id(), subjectId).isEmpty()) {
            return Optional.empty();
        }
        SubjectAssessment assessment = SubjectAssessment.of(schoolClass.grade(), subject.get().code());
        if (assessment.primary()) {
            return Optional.empty();
        }
        ColumnKind kind = assessment.commented() ? ColumnKind.PASS_FAIL : ColumnKind.REGULAR;
        return (kind == ColumnKind.REGULAR) == scores ? Optional.of(kind) : Optional.empty();
    }
}
