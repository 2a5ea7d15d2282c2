package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.Criterion;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.LatePolicy;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.assignment.SubmissionKind;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.RubricLine;
import vn.hoclieu.core.assignment.model.SubmissionWindow;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a teacher's input across fields, fills in the defaults and writes it onto the assignment. */
@ApplicationScoped
public class AssignmentSettings {

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    @Inject
    AssignmentRepository repository;

    @Inject
    SchoolService schools;

    public void apply(Assignment assignment, AssignmentInput input) {
        if (repository.subject(input.subjectId()).isEmpty()) {
            throw new InvalidAssignmentException("subjectId", "assignment.subject.required");
        }
        SubmissionWindow window = window(input);
        LatePolicy policy = window.policy();
        int penalty = input.latePenaltyPercent() == null ? 0 : input.latePenaltyPercent();
        if (policy == LatePolicy.ACCEPT_WITH_PENALTY && penalty < 1) {
            throw new InvalidAssignmentException("latePenaltyPercent", "assignment.penalty.range");
        }
        if (policy != LatePolicy.ACCEPT_WITH_PENALTY) {
            penalty = 0;
        }
        GradingScale scale = input.scale() != null ? input.scale() : assignment.inCourse() ? GradingScale.SCORE_10
                : GradingScale.defaultFor(schools.classById(assignment.classId()).map(ClassSummary::grade).orElse(1));
        List<Criterion> rubric = input.rubric() == null ? List.of() : input.rubric();
        if (!rubric.isEmpty() && scale != GradingScale.SCORE_10) {
            throw new InvalidAssignmentException("rubric", "assignment.rubric.scoreOnly");
        }
        assignment.describe(input.subjectId(), input.title().strip(), RichText.sanitize(input.instructions()), window, penalty,
                input.submissionKind() == null ? SubmissionKind.TEXT_AND_FILES : input.submissionKind(),
                input.maxFiles() == null ? AssignmentInput.DEFAULT_MAX_FILES : input.maxFiles(),
                input.maxFileBytes() == null ? AssignmentInput.DEFAULT_FILE_BYTES : input.maxFileBytes(),
                extensions(input.allowedExtensions()), scale,
                rubric.stream().map(c -> new RubricLine(c.criterion().strip(), c.maxPoints())).toList());
    }

    static SubmissionWindow window(AssignmentInput input) {
        SubmissionWindow window = new SubmissionWindow(AssignmentViews.instant(input.opensAt()), AssignmentViews.instant(input.dueAt()),
                AssignmentViews.instant(input.cutoffAt()), input.latePolicy() == null ? LatePolicy.ACCEPT_MARK_LATE : input.latePolicy());
        if (window.dueAt().isBefore(window.opensAt())) {
            throw new InvalidAssignmentException("dueAt", "assignment.times.due");
        }
        if (window.cutoffAt() != null && window.cutoffAt().isBefore(window.dueAt())) {
            throw new InvalidAssignmentException("cutoffAt", "assignment.times.cutoff");
        }
        return window;
    }

    /** Lower case, without dots, each at most 10 letters or digits; the default set when none given. */
    static List<String> extensions(List<String> given) {
        if (given == null || given.isEmpty()) {
            return AssignmentInput.DEFAULT_EXTENSIONS;
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String e : given) {
            String ext = e == null ? "" : e.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            if (!EXTENSION.matcher(ext).matches()) {
                throw new InvalidAssignmentException("allowedExtensions", "assignment.extensions.invalid");
            }
            clean.add(ext);
        }
        return List.copyOf(clean);
    }

    /** Teachers attach and give feedback in any usual format, and in whatever the pupils may use. */
    static List<String> teacherExtensions(Assignment assignment) {
        Set<String> all = new LinkedHashSet<>(AssignmentInput.DEFAULT_EXTENSIONS);
        all.addAll(assignment.allowedExtensions());
        return List.copyOf(all);
    }
}
