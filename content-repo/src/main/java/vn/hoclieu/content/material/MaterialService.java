package vn.hoclieu.content.material;

import jakarta.validation.Valid;

import java.util.List;

/** Contributing materials: describe, attach uploaded files (which queues ingest), list one's own. */
public interface MaterialService {

    /** A new material in DRAFT with an empty version 1. */
    MaterialSummary contribute(long authorId, Long schoolId, @Valid MaterialDraft draft);

    /**
     * Attaches uploaded bytes to the material's latest version and queues their ingest in the
     * same transaction: either both happen or neither.
     */
    AttachedFile attach(long materialId, long authorId, UploadedBytes upload);

    /** The author's materials, newest first. */
    List<MaterialSummary> mine(long authorId);

    MaterialSummary get(long materialId, long authorId);

    /**
     * The original or a rendition of a file of one of the author's materials. (Who else may see
     * it — reviewers, the district once published — is the review issue's concern.)
     */
    java.util.Optional<FileContent> content(long fileId, String role, long authorId);

    /** Which renditions a file has (roles), for pages offering a quality choice. */
    java.util.List<String> renditionRoles(long fileId, long authorId);
}
