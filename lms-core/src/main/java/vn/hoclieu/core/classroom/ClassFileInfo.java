package vn.hoclieu.core.classroom;

import jakarta.json.bind.annotation.JsonbTransient;

import java.time.Instant;

/** A class-only file as the class page lists it (the blob id stays on the server). */
public record ClassFileInfo(long id, long classId, String title, String name, String contentType, long size,
                            Instant uploadedAt, String uploadedBy, @JsonbTransient String blobId) {
}
