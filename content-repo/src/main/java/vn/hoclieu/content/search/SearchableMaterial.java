package vn.hoclieu.content.search;

import java.time.Instant;
import java.util.List;

/**
 * What search may know about a public material: its published version's description (the snapshot
 * reviewers approved, not the author's working copy), the text ingest extracted from that
 * version's files (documents and captions apart), and teachers' ratings (hidden ones excluded).
 *
 * @param documentText text of the version's ready non-caption files, in file order; empty when none
 * @param captionText  text of its caption files; empty when none
 * @param ratingAverage null when nobody rated it
 */
public record SearchableMaterial(long id, long versionId, int versionNumber, String title, String description,
                                 List<String> keywords, String subjectCode, List<Integer> grades, String type,
                                 String licence, String language, long authorId, Long schoolId, Instant publishedAt,
                                 String documentText, String captionText, Double ratingAverage, long ratingCount) {

    public SearchableMaterial {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        grades = grades == null ? List.of() : List.copyOf(grades);
        documentText = documentText == null ? "" : documentText;
        captionText = captionText == null ? "" : captionText;
    }
}
