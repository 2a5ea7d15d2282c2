package vn.hoclieu.content.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradeLevelTest {

    @Test
    void levelsFollowGdpt2018() {
        assertThat(GradeLevel.PRIMARY.covers(5)).isTrue();
        assertThat(GradeLevel.PRIMARY.covers(6)).isFalse();
        assertThat(GradeLevel.LOWER_SECONDARY.covers(6)).isTrue();
        assertThat(GradeLevel.LOWER_SECONDARY.covers(9)).isTrue();
        assertThat(GradeLevel.UPPER_SECONDARY.covers(10)).isTrue();
        assertThat(GradeLevel.UPPER_SECONDARY.covers(9)).isFalse();
    }
}
