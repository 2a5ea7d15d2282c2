package vn.hoclieu.content.material.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    protected MaterialVersion() {
    }

    public MaterialVersion(long materialId, int number, long createdBy, String note) {
        this.materialId = materialId;
        this.number = number;
        this.createdBy = createdBy;
        this.note = note;
    }

    public Long id() { return id; }
    public Long materialId() { return materialId; }
    public int number() { return number; }
    public String note() { return note; }
    public Long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
