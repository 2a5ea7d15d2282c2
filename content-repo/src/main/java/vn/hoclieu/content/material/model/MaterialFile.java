package vn.hoclieu.content.material.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.content.material.FileStatus;

import java.time.Instant;

/**
 * An uploaded file of a material version: its bytes are a blob (by SHA-256); ingest, in a worker,
 * fills in the detected type, status and failure reason.
 */
@Entity
@Table(name = "content_material_file")
public class MaterialFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Column(name = "blob_sha256", nullable = false, length = 64)
    private String blobSha256;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "declared_type", length = 127)
    private String declaredType;

    @Column(name = "detected_type", length = 127)
    private String detectedType;

    @Column(length = 16)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FileStatus status = FileStatus.QUEUED;

    @Column(name = "failure_code", length = 40)
    private String failureCode;

    @Column(name = "failure_detail", length = 2000)
    private String failureDetail;

    @Column(name = "ingest_job_id")
    private Long ingestJobId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "ready_at")
    private Instant readyAt;

    protected MaterialFile() {
    }

    public MaterialFile(long versionId, String blobSha256, String originalName, long sizeBytes, String declaredType) {
        this.versionId = versionId;
        this.blobSha256 = blobSha256;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.declaredType = declaredType;
    }

    public void queuedAs(long jobId) {
        ingestJobId = jobId;
    }

    public Long id() { return id; }
    public Long versionId() { return versionId; }
    public String blobSha256() { return blobSha256; }
    public String originalName() { return originalName; }
    public long sizeBytes() { return sizeBytes; }
    public String declaredType() { return declaredType; }
    public String detectedType() { return detectedType; }
    public String kind() { return kind; }
    public FileStatus status() { return status; }
    public String failureCode() { return failureCode; }
    public String failureDetail() { return failureDetail; }
    public Long ingestJobId() { return ingestJobId; }
    public Instant createdAt() { return createdAt; }
    public Instant readyAt() { return readyAt; }
}
