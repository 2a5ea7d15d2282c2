package vn.hoclieu.content.material;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A material as one viewer may see it. The author, the material's reviewers and admins see the
 * latest version; everyone else sees the published version's description and files.
 * {@code version} is the number of the version shown; {@code publishedVersion} is null until one is published.
 */
public record MaterialSummary(long id, String title, String description, String subjectCode, Set<Integer> grades,
                              MaterialType type, String language, Licence licence, Set<String> keywords,
                              String curriculumNote, String externalUrl, MaterialStatus status, Instant createdAt,
                              long authorId, Long schoolId, int version, Integer publishedVersion,
                              String retiredReason, List<FileSummary> files) {
}
