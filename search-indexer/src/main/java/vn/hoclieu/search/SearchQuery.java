package vn.hoclieu.search;

import java.util.Map;

/**
 * A search request: words (may be empty: then everything, newest first under relevance), facet
 * filters (one value per facet; values of different facets combine with AND), sort and page.
 */
public record SearchQuery(String text, Map<Facet, String> filters, SearchSort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1–" + MAX_SIZE + ", was " + size);
        }
        if (page < 0 || (long) (page + 1) * size > 10_000) {
            throw new IllegalArgumentException("page out of range: " + page);
        }
    }

    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, size);
    }
}
