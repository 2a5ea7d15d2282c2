package vn.hoclieu.core.course.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of a module, in its order: a material (id), a page (sanitized HTML), a quiz (id) or an assignment (id). */
@Entity
@Table(name = "core_course_unit")
public class CourseUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "material_id")
    private Long materialId;

    @Column(name = "page_html")
    private String pageHtml;

    @Column(name = "quiz_id")
    private Long quizId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    protected CourseUnit() {
    }

    private CourseUnit(CourseModule module, int position, UnitKind kind, String title, int minutes) {
        this.moduleId = module.id();
        this.courseId = module.courseId();
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.minutes = minutes;
    }

    public static CourseUnit material(CourseModule module, int position, String title, int minutes, long materialId) {
        CourseUnit unit = new CourseUnit(module, position, UnitKind.MATERIAL, title, minutes);
        unit.materialId = materialId;
        return unit;
    }

    public static CourseUnit page(CourseModule module, int position, String title, int minutes, String sanitizedHtml) {
        CourseUnit unit = new CourseUnit(module, position, UnitKind.PAGE, title, minutes);
        unit.pageHtml = sanitizedHtml;
        return unit;
    }

    public static CourseUnit quiz(CourseModule module, int position, String title, int minutes, long quizId) {
        CourseUnit unit = new CourseUnit(module, position, UnitKind.QUIZ, title, minutes);
        unit.quizId = quizId;
        return unit;
    }

    public static CourseUnit assignment(CourseModule module, int position, String title, int minutes, long assignmentId) {
        CourseUnit unit = new CourseUnit(module, position, UnitKind.ASSIGNMENT, title, minutes);
        unit.assignmentId = assignmentId;
        return unit;
    }

    public CompletionRule.Unit asRuleUnit() {
        return new CompletionRule.Unit(id, kind);
    }

    /** A new place in its module; the caller keeps positions unique (the table enforces it). */
    public void placeAt(int position) {
        this.position = position;
    }

    public Long id() { return id; }
    public long moduleId() { return moduleId; }
    public long courseId() { return courseId; }
    public int position() { return position; }
    public UnitKind kind() { return kind; }
    public String title() { return title; }
    public int minutes() { return minutes; }
    public Long materialId() { return materialId; }
    public String pageHtml() { return pageHtml; }
    public Long quizId() { return quizId; }
    public Long assignmentId() { return assignmentId; }
}
