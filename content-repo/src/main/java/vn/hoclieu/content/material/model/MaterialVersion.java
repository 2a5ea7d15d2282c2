package vn.hoclieu.content.material.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.hoclieu.content.material.MaterialStatus;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of a material: the files uploaded together. History is kept; review picks the public one. */
@Entity
@Table(name = "content_material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "material_id", nullable = false)
    private Long materialId;

    @Column(nullable = false)
    private int number;

    @Column(length = 1000)
    private String note;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MaterialStatus status = MaterialStatus.DRAFT;

    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    @Column(name = "metadata_json", columnDefinition = "TEXT")
    private String metadataJson;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected MaterialVersion() {
    }

    public MaterialVersion(long materialId, int number, long createdBy, String note) {
        this.materialId = materialId;
        this.number = number;
        this.createdBy = createdBy;
        this.note = note;
    }

    /** Sent to review (again): a new round, with the description as it stands now. */
    public void submitted(String metadataJson) {
        this.metadataJson = metadataJson;
        reviewRound++;
        submittedAt = Instant.now();
        status = MaterialStatus.SUBMITTED;
    }

    public void moveTo(MaterialStatus next) {
        status = next;
        if (next == MaterialStatus.PUBLISHED) {
            publishedAt = Instant.now();
        }
    }

    public Long id() { return id; }
    public MaterialStatus status() { return status; }
    public int reviewRound() { return reviewRound; }
    public String metadataJson() { return metadataJson; }
    public Instant submittedAt() { return submittedAt; }
    public Instant publishedAt() { return publishedAt; }
    public Long materialId() { return materialId; }
    public int number() { return number; }
    public String note() { return note; }
    public Long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
