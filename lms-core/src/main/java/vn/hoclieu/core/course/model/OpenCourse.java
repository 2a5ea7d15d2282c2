package vn.hoclieu.core.course.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import vn.hoclieu.core.file.StoredFile;

/**
 * An open course for self-learners; its modules, units and authors are rows holding its id. It is
 * public while its carrier material (content-repo, id only) has a published version.
 */
@Entity
@Table(name = "core_open_course")
public class OpenCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(name = "estimated_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal estimatedHours;

    @Column(nullable = false, length = 24)
    private String licence;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(name = "creator_id", nullable = false)
    private long creatorId;

    @Column(name = "carrier_material_id")
    private Long carrierMaterialId;

    @Column(name = "cover_blob_id", length = 64)
    private String coverBlobId;

    @Column(name = "cover_type", length = 100)
    private String coverType;

    @Column(name = "cover_size")
    private Long coverSize;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected OpenCourse() {
    }

    public OpenCourse(long creatorId) {
        this.creatorId = creatorId;
    }

    /** Everything an author describes (description already sanitized). */
    public void describe(String title, String description, long subjectId, CourseLevel level, Audience audience, BigDecimal estimatedHours,
                         String licence, Instant startsAt, Instant endsAt, int passPercent) {
        this.title = title;
        this.description = description;
        this.subjectId = subjectId;
        this.level = level;
        this.audience = audience;
        this.estimatedHours = estimatedHours;
        this.licence = licence;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.passPercent = passPercent;
    }

    /** The cover picture, already checked and in the blob store. */
    public void cover(StoredFile image) {
        this.coverBlobId = image.blobId();
        this.coverType = image.contentType();
        this.coverSize = image.size();
    }

    public Optional<StoredFile> cover() {
        return coverBlobId == null ? Optional.empty() : Optional.of(new StoredFile("cover", coverType, coverSize, coverBlobId));
    }

    public void carriedBy(long materialId) {
        this.carrierMaterialId = materialId;
    }

    /** Whether learners may work in it at {@code now} (optional dates; self-paced without them). */
    public boolean runsAt(Instant now) {
        return (startsAt == null || !now.isBefore(startsAt)) && (endsAt == null || now.isBefore(endsAt));
    }

    public CompletionRule completionRule() {
        return new CompletionRule(passPercent);
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public long subjectId() { return subjectId; }
    public CourseLevel level() { return level; }
    public Audience audience() { return audience; }
    public BigDecimal estimatedHours() { return estimatedHours; }
    public String licence() { return licence; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int passPercent() { return passPercent; }
    public long creatorId() { return creatorId; }
    public Long carrierMaterialId() { return carrierMaterialId; }
    public Instant createdAt() { return createdAt; }
}
