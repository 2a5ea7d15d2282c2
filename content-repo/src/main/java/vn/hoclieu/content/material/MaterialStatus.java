package vn.hoclieu.content.material;

/** Where a material stands; review (next issue) moves it beyond DRAFT. */
public enum MaterialStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED,
    RETIRED
}
