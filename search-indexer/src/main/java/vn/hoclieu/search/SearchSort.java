package vn.hoclieu.search;

/** Orders of search results; ties go to the newest publication. */
public enum SearchSort { RELEVANCE, NEWEST, BEST_RATED, MOST_USED }
