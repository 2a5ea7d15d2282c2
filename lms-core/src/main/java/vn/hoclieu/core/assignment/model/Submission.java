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
import vn.hoclieu.core.assignment.SubmissionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One pupil's work on one assignment, from the first draft to the grade. */
@Entity
@Table(name = "core_submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "body")
    private String text;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(precision = 4, scale = 1)
    private BigDecimal score;

    @Column(length = 16)
    private String rating;

    @Column(name = "penalty_percent", nullable = false)
    private int penaltyPercent;

    @Column(name = "final_score", precision = 4, scale = 1)
    private BigDecimal finalScore;

    private String feedback;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_submission_rubric_point", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "points", precision = 5, scale = 1)
    private List<BigDecimal> rubricPoints = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(long assignmentId, long pupilId) {
        this.assignmentId = assignmentId;
        this.pupilId = pupilId;
        this.status = SubmissionStatus.DRAFT;
    }

    /** The pupil changed their work: a submitted one goes back to draft until handed in again. */
    public void edit() {
        if (status == SubmissionStatus.SUBMITTED) {
            status = SubmissionStatus.DRAFT;
        }
    }

    public void write(String text) {
        this.text = text;
        edit();
    }

    public void submit(Instant at, boolean late) {
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = at;
        this.late = late;
    }

    public void grade(BigDecimal score, String rating, List<BigDecimal> rubricPoints, int penaltyPercent, BigDecimal finalScore,
                      String feedback, long teacherId, Instant at) {
        this.score = score;
        this.rating = rating;
        this.rubricPoints.clear();
        this.rubricPoints.addAll(rubricPoints);
        this.penaltyPercent = penaltyPercent;
        this.finalScore = finalScore;
        this.feedback = feedback;
        this.gradedBy = teacherId;
        this.gradedAt = at;
        this.status = SubmissionStatus.GRADED;
    }

    public void reopen() {
        status = SubmissionStatus.REOPENED;
    }

    public boolean isGraded() {
        return gradedAt != null;
    }

    public Long id() { return id; }
    public long assignmentId() { return assignmentId; }
    public long pupilId() { return pupilId; }
    public SubmissionStatus status() { return status; }
    public String text() { return text; }
    public Instant submittedAt() { return submittedAt; }
    public boolean late() { return late; }
    public BigDecimal score() { return score; }
    public String rating() { return rating; }
    public int penaltyPercent() { return penaltyPercent; }
    public BigDecimal finalScore() { return finalScore; }
    public String feedback() { return feedback; }
    public Instant gradedAt() { return gradedAt; }
    public List<BigDecimal> rubricPoints() { return List.copyOf(rubricPoints); }
    public long version() { return version; }
}
