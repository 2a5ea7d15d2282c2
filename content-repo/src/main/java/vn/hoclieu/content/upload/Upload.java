package vn.hoclieu.content.upload;

import java.time.Instant;
import java.util.Optional;

/**
 * A resumable upload in progress: who sends it, how long it will be, how much has arrived, and —
 * once complete — the blob its bytes became.
 */
public record Upload(String id, long ownerId, long length, long offset, String fileName, String declaredType,
                     Instant createdAt, Optional<String> blobSha256) {

    public boolean complete() {
        return offset == length;
    }
}
