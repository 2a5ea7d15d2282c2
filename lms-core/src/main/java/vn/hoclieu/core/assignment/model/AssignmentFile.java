package vn.hoclieu.core.assignment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an assignment: the teacher's attachment, a pupil's work or feedback; the bytes are a blob. */
@Entity
@Table(name = "core_assignment_file")
public class AssignmentFile {

    /** Whose file it is, which decides who may download it. */
    public enum Purpose { ATTACHMENT, SUBMISSION, FEEDBACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "submission_id")
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "blob_id", nullable = false)
    private String blobId;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected AssignmentFile() {
    }

    public AssignmentFile(long assignmentId, Long submissionId, Purpose purpose, String name, String contentType, long size,
                          String blobId, long uploadedBy) {
        this.assignmentId = assignmentId;
        this.submissionId = submissionId;
        this.purpose = purpose;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.blobId = blobId;
        this.uploadedBy = uploadedBy;
    }

    public Long id() { return id; }
    public long assignmentId() { return assignmentId; }
    public Long submissionId() { return submissionId; }
    public Purpose purpose() { return purpose; }
    public String name() { return name; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public String blobId() { return blobId; }
}
