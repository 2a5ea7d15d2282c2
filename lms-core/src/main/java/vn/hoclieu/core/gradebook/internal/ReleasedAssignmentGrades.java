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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Released assignment grades become a gradebook column, in the releasing transaction (a refused
 * mark refuses the release, rather than a gradebook silently missing it). Which column: in lower
 * secondary a scored subject's assignment is one regular score (ĐĐGtx) and a commented subject's
 * Đạt / Chưa đạt one of its assessments. Primary assignments make no column: under Circular 27
 * regular assessment is by comments (the assignment's feedback), and the term ratings and test
 * scores are the teacher's own judgement, typed on the gradebook page.
 */
@ApplicationScoped
public class ReleasedAssignmentGrades {

    @Inject
    AssignmentService assignments;

    @Inject
    GradebookService gradebook;

    @Inject
    GradebookRepository repository;

    void record(@Observes GradesReleased released) {
        Map<Long, vn.hoclieu.core.assignment.Mark> marks = assignments.releasedMarks(released.assignmentId());
        boolean scores = marks.values().stream().anyMatch(m -> m.score() != null);
        columnFor(released.classId(), released.subjectId(), scores).ifPresent(kind -> {
            Map<Long, Mark> inGradebook = new LinkedHashMap<>();
            marks.forEach((pupil, mark) -> inGradebook.put(pupil, new Mark(mark.score(), mark.rating(), null)));
            gradebook.recordFromSource(SourceRef.assignment(released.assignmentId()), released.classId(), released.subjectId(),
                    Term.at(released.dueAt()), kind, released.title(), inGradebook);
        });
    }

    /** The column an assignment's marks go to, if its class and subject keep marks of that sort. */
    private Optional<ColumnKind> columnFor(long classId, long subjectId, boolean scores) {
        var schoolClass = repository.schoolClass(classId);
        var subject = repository.subject(subjectId);
        if (schoolClass.isEmpty() || subject.isEmpty() || repository.teaching(classId, subjectId).isEmpty()) {
            return Optional.empty();
        }
        SubjectAssessment assessment = SubjectAssessment.of(schoolClass.get().grade(), subject.get().code());
        if (assessment.primary()) {
            return Optional.empty();
        }
        ColumnKind kind = assessment.commented() ? ColumnKind.PASS_FAIL : ColumnKind.REGULAR;
        return (kind == ColumnKind.REGULAR) == scores ? Optional.of(kind) : Optional.empty();
    }
}
