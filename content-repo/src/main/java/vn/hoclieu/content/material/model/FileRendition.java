package vn.hoclieu.content.material.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file ingest derived from a material file (written by the worker; read-only here). */
@Entity
@Table(name = "content_file_rendition")
public class FileRendition {

    @Id
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(nullable = false, length = 24)
    private String role;

    @Column(name = "blob_sha256", nullable = false, length = 64)
    private String blobSha256;

    @Column(name = "media_type", nullable = false, length = 127)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    private Integer width;
    private Integer height;
    private Integer bitrate;

    protected FileRendition() {
    }

    public Long id() { return id; }
    public Long fileId() { return fileId; }
    public String role() { return role; }
    public String blobSha256() { return blobSha256; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public Integer width() { return width; }
    public Integer height() { return height; }
    public Integer bitrate() { return bitrate; }
}
