package vn.hoclieu.search;

/** How many hits have this value of a facet (counted with the other facets' filters applied, not its own). */
public record FacetCount(String value, long count) {
}
