package vn.hoclieu.core.quiz.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A quiz of a class (or of an open course) in one subject; its slots are rows of {@code core_quiz_slot} (ids of the bank, not relationships). */
@Entity
@Table(name = "core_quiz")
public class Quiz {

    /**
     * How long before the opening a pupil's page may prepare the attempt: a class that opens the
     * page early and waits for the bell still finds its attempt ready (the start stays refused until
     * the opening). Longer would only keep drawn questions waiting for a teacher's edit to discard them.
     */
    public static final Duration PREPARE_AHEAD = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Exactly one of class and open course is set (a CHECK in the table). */
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
    private String intro;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 16)
    private GradingMethod gradingMethod;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "review_policy", nullable = false)
    private String reviewPolicy;

    @Column(nullable = false)
    private boolean published;

    protected Quiz() {
    }

    public Quiz(long classId, long subjectId, long teacherId) {
        this.classId = classId;
        this.subjectId = subjectId;
        this.teacherId = teacherId;
    }

    /** A quiz of an open course: its authors set it, its learners take it; it never reaches a gradebook. */
    public static Quiz ofCourse(long courseId, long subjectId, long authorId) {
        Quiz quiz = new Quiz();
        quiz.courseId = courseId;
        quiz.subjectId = subjectId;
        quiz.teacherId = authorId;
        return quiz;
    }

    /** Everything but the slots, as the teacher set it (review policy as its stored JSON). */
    public void set(String title, String intro, Instant opensAt, Instant closesAt, Integer timeLimitSeconds, int attemptsAllowed,
                    GradingMethod gradingMethod, boolean shuffleQuestions, boolean shuffleOptions, String reviewPolicy, boolean published) {
        this.title = title;
        this.intro = intro;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.timeLimitSeconds = timeLimitSeconds;
        this.attemptsAllowed = attemptsAllowed;
        this.gradingMethod = gradingMethod;
        this.shuffleQuestions = shuffleQuestions;
        this.shuffleOptions = shuffleOptions;
        this.reviewPolicy = reviewPolicy;
        this.published = published;
    }

    /** Only while no attempt exists: attempts' grades belong to the subject they were taken in. */
    public void changeSubject(long subjectId) {
        this.subjectId = subjectId;
    }

    public void publish() {
        this.published = true;
    }

    /** Whether pupils may start an attempt at {@code now}. */
    public boolean openAt(Instant now) {
        return published && (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    /** Whether a pupil's attempt may be prepared at {@code now}: from {@link #PREPARE_AHEAD} before the opening until the closing. */
    public boolean preparableAt(Instant now) {
        return published && (opensAt == null || !now.isBefore(opensAt.minus(PREPARE_AHEAD))) && (closesAt == null || now.isBefore(closesAt));
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds);
    }

    public Long id() { return id; }
    /** Null for a quiz of an open course. */
    public Long classId() { return classId; }
    /** Null for a quiz of a class. */
    public Long courseId() { return courseId; }
    public long subjectId() { return subjectId; }
    public long teacherId() { return teacherId; }
    public String title() { return title; }
    public String intro() { return intro; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Integer timeLimitSeconds() { return timeLimitSeconds; }
    public int attemptsAllowed() { return attemptsAllowed; }
    public GradingMethod gradingMethod() { return gradingMethod; }
    public boolean shuffleQuestions() { return shuffleQuestions; }
    public boolean shuffleOptions() { return shuffleOptions; }
    public String reviewPolicy() { return reviewPolicy; }
    public boolean published() { return published; }
}
