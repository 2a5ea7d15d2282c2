package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.LatePolicy;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.course.AssignmentUnitInput;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.UnitInput;
import vn.hoclieu.core.course.model.CourseModule;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizService;

import java.time.Instant;
import java.time.LocalDateTime;

/** Adds a unit at the end of a module, after checking what it points to. */
@ApplicationScoped
class CourseUnits {

    @Inject
    CourseRepository courses;

    @Inject
    CatalogueService catalogue;

    @Inject
    QuizService quizzes;

    @Inject
    AssignmentService assignments;

    void add(OpenCourse course, CourseModule module, Account author, UnitInput in) {
        int position = (int) courses.units(course.id()).stream().filter(u -> u.moduleId() == module.id()).count() + 1;
        String title = in.title().strip();
        courses.add(switch (in.kind()) {
            case MATERIAL -> CourseUnit.material(module, position, title, in.minutes(), publishedMaterial(in.materialId()));
            case PAGE -> CourseUnit.page(module, position, title, in.minutes(), page(in.html()));
            case QUIZ -> CourseUnit.quiz(module, position, title, in.minutes(), quiz(course, author, in));
            case ASSIGNMENT -> CourseUnit.assignment(module, position, title, in.minutes(), assignment(course, author, in, title));
        });
    }

    /** Learners open the published version, so only a published material (not another course, nor a question set) may be a unit. */
    private long publishedMaterial(Long materialId) {
        if (materialId == null) {
            throw CourseException.invalid("material_required");
        }
        try {
            if (catalogue.entry(materialId).type().isCarrier()) {
                throw CourseException.invalid("material_not_published");
            }
        } catch (MaterialNotFoundException e) {
            throw CourseException.invalid("material_not_published");
        }
        return materialId;
    }

    private static String page(String html) {
        String clean = html == null ? "" : RichText.sanitize(html);
        if (RichText.plain(clean).isBlank()) {
            throw CourseException.invalid("page_required");
        }
        return clean;
    }

    /**
     * The assignment belongs to the course and is in its subject; it opens now (or when the course
     * starts) and is due when the course ends — a self-paced course has no due date, and the
     * column (a TIMESTAMP) ends in 2038, hence its last day.
     */
    private long assignment(OpenCourse course, Account author, UnitInput in, String title) {
        AssignmentUnitInput work = in.assignment() == null ? new AssignmentUnitInput(null, null, null, null) : in.assignment();
        if (RichText.plain(RichText.sanitize(work.instructions() == null ? "" : work.instructions())).isBlank()) {
            throw CourseException.invalid("instructions_required");
        }
        Instant opens = course.startsAt() != null ? course.startsAt() : Instant.now();
        Instant due = course.endsAt() != null ? course.endsAt() : AssignmentDetails.NO_DUE_DATE;
        AssignmentInput input = new AssignmentInput(course.subjectId(), title, work.instructions(), vietnam(opens),
                vietnam(due), null, LatePolicy.ACCEPT_MARK_LATE, 0, work.submissionKind(), work.maxFiles(), null,
                work.allowedExtensions(), GradingScale.SCORE_10, null);
        return assignments.createInCourse(course.id(), author, input).id();
    }

    private static LocalDateTime vietnam(Instant instant) {
        return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
    }

    /** The quiz belongs to the course; learners reach it only through the course, so it is published at once. */
    private long quiz(OpenCourse course, Account author, UnitInput in) {
        if (in.quiz() == null) {
            throw CourseException.invalid("quiz_required");
        }
        QuizDetails quiz = quizzes.createInCourse(course.id(), author, in.quiz());
        if (!quiz.published()) {
            quizzes.publish(quiz.id(), author);
        }
        return quiz.id();
    }
}
