package vn.hoclieu.content.material;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

/**
 * Contributing materials and seeing them: describe, attach uploaded files (which queues ingest),
 * start new versions. Who sees what: the author, the material's reviewers and admins see every
 * version; everyone else only the published one. The transaction boundary.
 */
public interface MaterialService {

    /** A new material in DRAFT with an empty version 1. */
    MaterialSummary contribute(long authorId, Long schoolId, @Valid MaterialDraft draft);

    /** Replaces the description while the latest version is a draft or has changes requested. */
    MaterialSummary describe(long materialId, long authorId, @Valid MaterialDraft draft);

    /**
     * Attaches uploaded bytes to the latest version (while it is editable) and queues their
     * ingest in the same transaction: either both happen or neither.
     */
    AttachedFile attach(long materialId, long authorId, UploadedBytes upload);

    /** Starts version n+1 (a draft, without files) once version n's review has ended; the published one stays public. */
    MaterialSummary newVersion(long materialId, long authorId, String note);

    /** The author's materials, newest first. */
    List<MaterialSummary> mine(long authorId);

    /** The material as this viewer may see it; MaterialNotFoundException if they may not. */
    MaterialSummary get(long materialId, Viewer viewer);

    /** Whether the viewer sees every version (author, the material's reviewers, admins). */
    boolean seesEveryVersion(long materialId, Viewer viewer);

    List<VersionSummary> versions(long materialId, Viewer viewer);

    /** How the latest version's description differs from the version before it. */
    List<MetadataChange> changesSincePreviousVersion(long materialId, Viewer viewer);

    /** The immutable history: every transition, claim and decision, oldest first. */
    List<HistoryEntry> history(long materialId, Viewer viewer);

    /** The latest version's searchable text, for reviewers (the first characters only). */
    String extractedText(long materialId, Viewer viewer, int maxChars);

    /** The original or a rendition of a file the viewer may see. */
    Optional<FileContent> content(long fileId, String role, Viewer viewer);

    /** Which renditions a file has (roles), for pages offering a quality choice. */
    List<String> renditionRoles(long fileId, Viewer viewer);
}
