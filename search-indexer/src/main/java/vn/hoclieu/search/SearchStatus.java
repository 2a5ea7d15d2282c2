package vn.hoclieu.search;

/** The answer of {@link SearchHealth#check()}: whether search can be used now, and why (not). */
public record SearchStatus(boolean up, String detail) {
}
