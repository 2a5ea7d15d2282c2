package vn.hoclieu.core.gradebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.hoclieu.core.gradebook.CompetenceAspect;
import vn.hoclieu.core.gradebook.CompetenceRating;
import vn.hoclieu.core.gradebook.Term;

import java.io.Serializable;
import java.time.Instant;

/** A primary pupil's quality or competence for a term, as the homeroom teacher rated it. */
@Entity
@Table(name = "core_competence_rating")
@IdClass(CompetenceEntry.Key.class)
public class CompetenceEntry {

    @Id
    @Column(name = "class_id")
    private long classId;

    @Id
    @Column(name = "pupil_id")
    private long pupilId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Term term;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private CompetenceAspect aspect;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CompetenceRating rating;

    @Column(name = "rated_by", nullable = false)
    private long ratedBy;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected CompetenceEntry() {
    }

    public CompetenceEntry(long classId, long pupilId, Term term, CompetenceAspect aspect) {
        this.classId = classId;
        this.pupilId = pupilId;
        this.term = term;
        this.aspect = aspect;
    }

    public void rate(CompetenceRating rating, long by) {
        this.rating = rating;
        this.ratedBy = by;
        this.ratedAt = Instant.now();
    }

    public long pupilId() { return pupilId; }
    public CompetenceAspect aspect() { return aspect; }
    public CompetenceRating rating() { return rating; }

    /** The composite key. */
    public record Key(long classId, long pupilId, Term term, CompetenceAspect aspect) implements Serializable {
        public Key() {
            this(0, 0, null, null);
        }
    }
}
