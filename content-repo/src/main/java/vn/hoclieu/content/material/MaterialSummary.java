package vn.hoclieu.content.material;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A material as lists show it, with the state of its latest version's files. */
public record MaterialSummary(long id, String title, String description, String subjectCode, Set<Integer> grades,
                              MaterialType type, String language, Licence licence, Set<String> keywords,
                              String curriculumNote, String externalUrl, MaterialStatus status, Instant createdAt,
                              int latestVersion, List<FileSummary> files) {
}
