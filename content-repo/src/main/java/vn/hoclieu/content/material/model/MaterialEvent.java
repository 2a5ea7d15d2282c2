package vn.hoclieu.content.material.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.EventAction;

import java.time.Instant;

/** One line of a material's history: who did what, when, from which state to which, and why. Immutable. */
@Entity
@Table(name = "content_material_event")
public class MaterialEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "material_id", nullable = false, updatable = false)
    private Long materialId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private EventAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 24)
    private MaterialStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 24)
    private MaterialStatus toStatus;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected MaterialEvent() {
    }

    public MaterialEvent(long materialId, int versionNumber, Long actorId, EventAction action,
                         MaterialStatus fromStatus, MaterialStatus toStatus, String comment) {
        this.materialId = materialId;
        this.versionNumber = versionNumber;
        this.actorId = actorId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
    }

    public Long id() { return id; }
    public Long materialId() { return materialId; }
    public int versionNumber() { return versionNumber; }
    public Long actorId() { return actorId; }
    public EventAction action() { return action; }
    public MaterialStatus fromStatus() { return fromStatus; }
    public MaterialStatus toStatus() { return toStatus; }
    public String comment() { return comment; }
    public Instant createdAt() { return createdAt; }
}
