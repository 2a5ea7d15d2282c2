package vn.hoclieu.web.course.search;

import vn.hoclieu.core.course.CourseCard;

import java.util.List;
import java.util.Map;

/**
 * A page of the public catalogue as the API answers it: the cards, relevance order when words were
 * given, and for each course the passages that matched ({@code <mark>…</mark>}, the rest escaped
 * by the index). {@code searchUnavailable}: the search index could not answer, so the words were
 * matched in the database instead (no relevance, no passages) and the page says so.
 */
public record CourseSearchResults(List<CourseCard> entries, long total, int page, int size,
                                  Map<Long, List<String>> snippets, boolean loosened, boolean searchUnavailable) {
}
