package vn.hoclieu.search;

/** One search result: enough to list it; the caller loads the rest by id. */
public record MaterialHit(String id, String title, double score) {
}
