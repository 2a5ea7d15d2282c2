package vn.hoclieu.core.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.core.certificate.CertificateStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate as printed: its fields never change; only revocation does. */
@Entity
@Table(name = "core_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "holder_account_id", nullable = false)
    private long holderAccountId;

    @Column(name = "holder_name", nullable = false, length = 160)
    private String holderName;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "course_title", nullable = false, length = 300)
    private String courseTitle;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issuer_name", nullable = false, length = 200)
    private String issuerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    protected Certificate() {
    }

    public Certificate(String code, long holderAccountId, String holderName, Long courseId, String courseTitle,
                       BigDecimal hours, LocalDate completedOn, String issuerName, String idempotencyKey) {
        this.code = code;
        this.holderAccountId = holderAccountId;
        this.holderName = holderName;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.hours = hours;
        this.completedOn = completedOn;
        this.issuerName = issuerName;
        this.idempotencyKey = idempotencyKey;
        this.issuedAt = Instant.now();
        this.status = CertificateStatus.VALID;
    }

    /** Revoking twice keeps the first revocation: its date and reason are what verifiers were shown. */
    public void revoke(long adminId, String reason) {
        if (status == CertificateStatus.REVOKED) {
            return;
        }
        status = CertificateStatus.REVOKED;
        revokedAt = Instant.now();
        revokedBy = adminId;
        revokeReason = reason;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public long holderAccountId() { return holderAccountId; }
    public String holderName() { return holderName; }
    public Long courseId() { return courseId; }
    public String courseTitle() { return courseTitle; }
    public BigDecimal hours() { return hours; }
    public LocalDate completedOn() { return completedOn; }
    public Instant issuedAt() { return issuedAt; }
    public String issuerName() { return issuerName; }
    public CertificateStatus status() { return status; }
    public Instant revokedAt() { return revokedAt; }
    public Long revokedBy() { return revokedBy; }
    public String revokeReason() { return revokeReason; }
    public String idempotencyKey() { return idempotencyKey; }
}
