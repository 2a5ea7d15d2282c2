package vn.hoclieu.core.assignment;

import jakarta.json.bind.annotation.JsonbTransient;

/** An attachment, a pupil's file or a feedback file: what lists show (the blob id stays on the server). */
public record FileInfo(long id, String name, String contentType, long size, @JsonbTransient String blobId) {
}
