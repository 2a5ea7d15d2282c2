package vn.hoclieu.core.classroom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.core.file.StoredFile;

import java.time.Instant;

/** A file a class's teacher put on its page for the class only (not in the district repository). */
@Entity
@Table(name = "core_class_file")
public class ClassFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "blob_id", nullable = false, length = 64)
    private String blobId;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ClassFile() {
    }

    public ClassFile(long classId, String title, StoredFile file, long teacherId, Instant now) {
        this.classId = classId;
        this.title = title;
        this.name = file.name();
        this.contentType = file.contentType();
        this.size = file.size();
        this.blobId = file.blobId();
        this.uploadedBy = teacherId;
        this.uploadedAt = now;
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public String title() { return title; }
    public String name() { return name; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public String blobId() { return blobId; }
    public long uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
