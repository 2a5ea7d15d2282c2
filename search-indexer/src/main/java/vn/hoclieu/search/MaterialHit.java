package vn.hoclieu.search;

import java.util.List;

/**
 * One search result: enough to list it; the caller loads the rest by id.
 *
 * @param id       the material's id (a public version and a work in progress of the same material
 *                 are two hits with the same id and different status)
 * @param status   the version's review state: PUBLISHED, or DRAFT, SUBMITTED, IN_REVIEW, … for work
 *                 in progress (found only by those who may see it)
 * @param usageCount how many people (not its author) opened it
 * @param snippets highlighted passages ({@code <mark>…</mark>}, the rest HTML-escaped) from the
 *                 title, description, full text or captions, best first; may be empty
 */
public record MaterialHit(String id, String title, double score, List<String> snippets, String subject,
                          List<Integer> grades, String type, String publishedAt, Double ratingAverage, long ratingCount,
                          String status, long usageCount) {

    public MaterialHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** Whether this is the published version (not a draft or a version in review). */
    public boolean published() {
        return status == null || "PUBLISHED".equals(status);
    }
}
