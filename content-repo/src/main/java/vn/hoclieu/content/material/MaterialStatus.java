package vn.hoclieu.content.material;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version stands in review (the material shows its latest version's state, or RETIRED):
 * DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED → SUBMITTED … → PUBLISHED; REJECTED; RETIRED.
 */
public enum MaterialStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED,
    RETIRED;

    /** The transitions review allows from this state; anything else is refused (HTTP 409). */
    public Set<MaterialStatus> next() {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> EnumSet.of(SUBMITTED, RETIRED);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, RETIRED);
            case IN_REVIEW -> EnumSet.of(CHANGES_REQUESTED, REJECTED, PUBLISHED, RETIRED);
            case PUBLISHED, REJECTED -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.noneOf(MaterialStatus.class);
        };
    }

    public boolean canMoveTo(MaterialStatus target) {
        return next().contains(target);
    }

    /** The author may change files and description only while the version is not with reviewers. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** A new version may start once the latest one's review has ended. */
    public boolean allowsNewVersion() {
        return this == PUBLISHED || this == REJECTED;
    }
}
