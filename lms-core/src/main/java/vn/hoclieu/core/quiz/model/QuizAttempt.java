package vn.hoclieu.core.quiz.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One pupil's attempt at a quiz: its seed (the frozen draw), the server's end, the submission and
 * score. Prepared when the pupil opens the quiz (no {@code started_at} yet, no clock): it is not an
 * attempt until started, which only sets its start and end.
 */
@Entity
@Table(name = "core_quiz_attempt")
public class QuizAttempt {

    public static final String BY_PUPIL = "PUPIL";
    public static final String BY_SERVER = "SERVER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private long seed;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 8)
    private String submittedBy;

    private BigDecimal score;

    @Column(name = "max_score", nullable = false)
    private BigDecimal maxScore;

    @Column(name = "to_grade", nullable = false)
    private int toGrade;

    protected QuizAttempt() {
    }

    public QuizAttempt(long quizId, long pupilId, int number, long seed, Instant startedAt, Instant endsAt, BigDecimal maxScore) {
        this.quizId = quizId;
        this.pupilId = pupilId;
        this.number = number;
        this.seed = seed;
        this.preparedAt = startedAt;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
        this.maxScore = maxScore;
    }

    /** An attempt prepared ahead of its start: its questions are drawn, its clock is not running. */
    public static QuizAttempt prepared(long quizId, long pupilId, int number, long seed, Instant now, BigDecimal maxScore) {
        QuizAttempt attempt = new QuizAttempt(quizId, pupilId, number, seed, null, null, maxScore);
        attempt.preparedAt = now;
        return attempt;
    }

    public void scored(BigDecimal score, int toGrade) {
        this.score = score;
        this.toGrade = toGrade;
    }

    /** Whether answers are still taken at {@code now} (its end plus the grace). */
    public boolean takesAnswersAt(Instant now) {
        return startedAt != null && submittedAt == null && (endsAt == null || !now.isAfter(endsAt.plus(AttemptClock.GRACE)));
    }

    public boolean prepared() {
        return startedAt == null;
    }

    public Long id() { return id; }
    public long quizId() { return quizId; }
    public long pupilId() { return pupilId; }
    public int number() { return number; }
    public long seed() { return seed; }
    public Instant preparedAt() { return preparedAt; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> endsAt() { return Optional.ofNullable(endsAt); }
    public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }
    public String submittedBy() { return submittedBy; }
    public BigDecimal score() { return score; }
    public BigDecimal maxScore() { return maxScore; }
    public int toGrade() { return toGrade; }
}
