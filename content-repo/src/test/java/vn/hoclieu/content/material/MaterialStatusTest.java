package vn.hoclieu.content.material;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MaterialStatusTest {

    @Test
    void aDraftCanOnlyBeSubmittedOrRetired() {
        assertThat(MaterialStatus.DRAFT.next()).containsExactlyInAnyOrder(MaterialStatus.SUBMITTED, MaterialStatus.RETIRED);
    }

    @Test
    void onlyAMaterialInReviewCanBePublished() {
        for (MaterialStatus s : MaterialStatus.values()) {
            assertThat(s.canMoveTo(MaterialStatus.PUBLISHED)).as(s.name()).isEqualTo(s == MaterialStatus.IN_REVIEW);
        }
    }

    @Test
    void changesRequestedGoBackToReviewByResubmission() {
        assertThat(MaterialStatus.CHANGES_REQUESTED.canMoveTo(MaterialStatus.SUBMITTED)).isTrue();
        assertThat(MaterialStatus.CHANGES_REQUESTED.canMoveTo(MaterialStatus.PUBLISHED)).isFalse();
    }

    @Test
    void retiredIsTheEnd() {
        assertThat(MaterialStatus.RETIRED.next()).isEmpty();
    }

    @Test
    void everyStateButRetiredCanBeRetired() {
        for (MaterialStatus s : MaterialStatus.values()) {
            assertThat(s.canMoveTo(MaterialStatus.RETIRED)).as(s.name()).isEqualTo(s != MaterialStatus.RETIRED);
        }
    }

    @Test
    void onlyDraftsAndVersionsWithChangesRequestedAreEditable() {
        assertThat(Arrays.stream(MaterialStatus.values()).filter(MaterialStatus::isEditable))
                .containsExactlyInAnyOrder(MaterialStatus.DRAFT, MaterialStatus.CHANGES_REQUESTED);
    }

    @Test
    void aNewVersionStartsOnlyAfterReviewEnded() {
        assertThat(Arrays.stream(MaterialStatus.values()).filter(MaterialStatus::allowsNewVersion))
                .containsExactlyInAnyOrder(MaterialStatus.PUBLISHED, MaterialStatus.REJECTED);
    }
}
