package vn.hoclieu.core.assignment.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.LatePolicy;
import vn.hoclieu.core.assignment.SubmissionKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Work a teacher sets for a class in a subject, or the authors of an open course for its learners (exactly one of the two). */
@Entity
@Table(name = "core_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String instructions;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cutoff_at")
    private Instant cutoffAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    private LatePolicy latePolicy;

    @Column(name = "late_penalty_percent", nullable = false)
    private int latePenaltyPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_kind", nullable = false)
    private SubmissionKind submissionKind;

    @Column(name = "max_files", nullable = false)
    private int maxFiles;

    @Column(name = "max_file_bytes", nullable = false)
    private long maxFileBytes;

    @Column(name = "allowed_extensions", nullable = false, length = 500)
    private String allowedExtensions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GradingScale scale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_assignment_criterion", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<RubricLine> rubric = new ArrayList<>();

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long classId, long teacherId) {
        this.classId = classId;
        this.teacherId = teacherId;
    }

    /** A unit of an open course: its grades are visible at once (there is no release to wait for) and never reach a gradebook. */
    public static Assignment inCourse(long courseId, long authorId, Instant now) {
        Assignment assignment = new Assignment();
        assignment.courseId = courseId;
        assignment.teacherId = authorId;
        assignment.releasedAt = now;
        return assignment;
    }

    /** Sets everything a teacher edits (the caller validated and sanitized it). */
    public void describe(long subjectId, String title, String instructions, SubmissionWindow window, int latePenaltyPercent,
                         SubmissionKind kind, int maxFiles, long maxFileBytes, List<String> extensions,
                         GradingScale scale, List<RubricLine> rubric) {
        this.subjectId = subjectId;
        this.title = title;
        this.instructions = instructions;
        this.opensAt = window.opensAt();
        this.dueAt = window.dueAt();
        this.cutoffAt = window.cutoffAt();
        this.latePolicy = window.policy();
        this.latePenaltyPercent = latePenaltyPercent;
        this.submissionKind = kind;
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
        this.allowedExtensions = String.join(",", extensions);
        this.scale = scale;
        this.rubric.clear();
        this.rubric.addAll(rubric);
    }

    public void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    public SubmissionWindow window() {
        return new SubmissionWindow(opensAt, dueAt, cutoffAt, latePolicy);
    }

    public Long id() { return id; }
    /** Null for an open course's assignment. */
    public Long classId() { return classId; }
    /** Null for a class's assignment. */
    public Long courseId() { return courseId; }
    public boolean inCourse() { return courseId != null; }
    public long subjectId() { return subjectId; }
    public long teacherId() { return teacherId; }
    public String title() { return title; }
    public String instructions() { return instructions; }
    public Instant opensAt() { return opensAt; }
    public Instant dueAt() { return dueAt; }
    public Instant cutoffAt() { return cutoffAt; }
    public LatePolicy latePolicy() { return latePolicy; }
    public int latePenaltyPercent() { return latePenaltyPercent; }
    public SubmissionKind submissionKind() { return submissionKind; }
    public int maxFiles() { return maxFiles; }
    public long maxFileBytes() { return maxFileBytes; }
    public List<String> allowedExtensions() { return allowedExtensions.isEmpty() ? List.of() : Arrays.asList(allowedExtensions.split(",")); }
    public GradingScale scale() { return scale; }
    public List<RubricLine> rubric() { return List.copyOf(rubric); }
    public boolean released() { return releasedAt != null; }
    public long version() { return version; }
}
