package vn.hoclieu.search;

import java.util.List;

/**
 * One search result: enough to list it; the caller loads the rest by id.
 *
 * @param snippets highlighted passages ({@code <mark>…</mark>}, the rest HTML-escaped) from the
 *                 title, description, full text or captions, best first; may be empty
 */
public record MaterialHit(String id, String title, double score, List<String> snippets, String subject,
                          List<Integer> grades, String type, String publishedAt, Double ratingAverage, long ratingCount) {

    public MaterialHit {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
        grades = grades == null ? List.of() : List.copyOf(grades);
    }
}
