package vn.hoclieu.content.search;

import java.time.Instant;
import java.util.List;

/**
 * What search may know about one version of a material. Either its <em>published</em> version: the
 * description reviewers approved (the snapshot, not the author's working copy); or its <em>work in
 * progress</em>: the version after the published one (or the first) while it is written or
 * reviewed, described by the working copy, findable only by those who may see every version.
 * Both carry the text ingest extracted from the version's files (documents and captions apart)
 * and teachers' ratings of the material (hidden ones excluded).
 *
 * @param status        the version's review state (PUBLISHED for the public one; DRAFT, SUBMITTED,
 *                      IN_REVIEW, CHANGES_REQUESTED or REJECTED for work in progress)
 * @param documentText  text of the version's ready non-caption files, in file order; empty when none
 * @param captionText   text of its caption files; empty when none
 * @param ratingAverage null when nobody rated it
 * @param usageCount    how many people (not its author) opened it or downloaded its files
 * @param poolIds       review pools that ever had a task of this material (their members may see it)
 * @param reviewerIds   reviewers who ever held one of its tasks
 */
public record SearchableMaterial(long id, long versionId, int versionNumber, String status, String title, String description,
                                 List<String> keywords, String subjectCode, List<Integer> grades, String type,
                                 String licence, String language, long authorId, Long schoolId, Instant publishedAt,
                                 String documentText, String captionText, Double ratingAverage, long ratingCount,
                                 long usageCount, List<Long> poolIds, List<Long> reviewerIds) {

    public static final String PUBLISHED = "PUBLISHED";

    public SearchableMaterial {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        grades = grades == null ? List.of() : List.copyOf(grades);
        documentText = documentText == null ? "" : documentText;
        captionText = captionText == null ? "" : captionText;
        poolIds = poolIds == null ? List.of() : List.copyOf(poolIds);
        reviewerIds = reviewerIds == null ? List.of() : List.copyOf(reviewerIds);
    }

    /** Whether this is the public, published version (and not work in progress). */
    public boolean published() {
        return PUBLISHED.equals(status);
    }
}
