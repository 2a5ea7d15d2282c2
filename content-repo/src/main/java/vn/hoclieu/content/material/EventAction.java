package vn.hoclieu.content.material;

/** What happened to a material, as its history page lists it. */
public enum EventAction {
    CONTRIBUTED,
    DESCRIBED,
    VERSION_STARTED,
    SUBMITTED,
    CLAIMED,
    RELEASED,
    REASSIGNED,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED,
    /** All approvals arrived but their average is below the policy's minimum: back to the author. */
    RETURNED,
    PUBLISHED,
    RETIRED
}
