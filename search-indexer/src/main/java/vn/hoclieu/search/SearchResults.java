package vn.hoclieu.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and the facet counts. */
public record SearchResults(long total, int page, int size, List<MaterialHit> hits, Map<Facet, List<FacetCount>> facets) {
}
