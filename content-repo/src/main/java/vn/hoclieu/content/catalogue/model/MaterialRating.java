package vn.hoclieu.content.catalogue.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "content_material_rating")
public class MaterialRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "material_id", nullable = false, updatable = false)
    private Long materialId;

    @Column(name = "rater_id", nullable = false, updatable = false)
    private Long raterId;

    @Column(nullable = false)
    private int score;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected MaterialRating() {
    }

    public MaterialRating(long materialId, long raterId) {
        this.materialId = materialId;
        this.raterId = raterId;
    }

    public void rate(int score, String comment) {
        this.score = score;
        this.comment = comment;
        this.createdAt = Instant.now();
    }

    public void hide(boolean hidden, long adminId) {
        this.hidden = hidden;
        this.hiddenBy = hidden ? adminId : null;
    }

    public Long id() { return id; }
    public Long materialId() { return materialId; }
    public Long raterId() { return raterId; }
    public int score() { return score; }
    public String comment() { return comment; }
    public boolean hidden() { return hidden; }
    public Instant createdAt() { return createdAt; }
}
