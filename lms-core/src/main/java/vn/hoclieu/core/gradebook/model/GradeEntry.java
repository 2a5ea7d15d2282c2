package vn.hoclieu.core.gradebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoclieu.core.gradebook.Mark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A pupil's mark in a column, who wrote it and when; the version guards against overwriting a newer save. */
@Entity
@Table(name = "core_grade_entry")
@IdClass(GradeEntry.Key.class)
public class GradeEntry {

    @Id
    @Column(name = "column_id")
    private long columnId;

    @Id
    @Column(name = "pupil_id")
    private long pupilId;

    @Column(precision = 3, scale = 1)
    private BigDecimal score;

    @Column(length = 16)
    private String rating;

    @Column(length = 500)
    private String comment;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected GradeEntry() {
    }

    public GradeEntry(long columnId, long pupilId) {
        this.columnId = columnId;
        this.pupilId = pupilId;
    }

    /** Writes the mark; the same mark again changes nothing (and keeps the version). */
    public void record(Mark mark, Long by) {
        BigDecimal newScore = mark.score() == null ? null : mark.score().setScale(1, java.math.RoundingMode.UNNECESSARY);
        String newRating = mark.rating() == null ? null : mark.rating().strip();
        String newComment = mark.comment() == null || mark.comment().isBlank() ? null : mark.comment().strip();
        if (java.util.Objects.equals(score, newScore) && java.util.Objects.equals(rating, newRating)
                && java.util.Objects.equals(comment, newComment) && recordedAt != null) {
            return;
        }
        score = newScore;
        rating = newRating;
        comment = newComment;
        recordedBy = by;
        recordedAt = Instant.now();
    }

    public Mark mark() {
        return new Mark(score, rating, comment);
    }

    public long columnId() { return columnId; }
    public long pupilId() { return pupilId; }
    public BigDecimal score() { return score; }
    public String rating() { return rating; }
    public String comment() { return comment; }
    public long version() { return version; }

    /** The composite key. */
    public record Key(long columnId, long pupilId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
