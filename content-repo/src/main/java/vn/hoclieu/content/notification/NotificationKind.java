package vn.hoclieu.content.notification;

/** Why someone is told something; the web tier words each kind from its bundles. */
public enum NotificationKind {
    /** Reviewers of a pool: a material waits for review. */
    REVIEW_TASK_OPENED,
    /** A reviewer: an admin gave them a claimed task, or a resubmission came back to them. */
    REVIEW_TASK_ASSIGNED,
    /** The author: a reviewer approved. */
    MATERIAL_APPROVED,
    MATERIAL_CHANGES_REQUESTED,
    MATERIAL_REJECTED,
    MATERIAL_RETURNED,
    MATERIAL_PUBLISHED,
    MATERIAL_RETIRED
}
