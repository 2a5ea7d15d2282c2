package vn.hoclieu.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and the facet counts.
 *
 * @param loosened true when nothing matched the words as typed and these hits are for a looser
 *                 query (each word with a letter or two wrong): the page says so
 */
public record SearchResults(long total, int page, int size, List<MaterialHit> hits, Map<Facet, List<FacetCount>> facets,
                            boolean loosened) {
}
