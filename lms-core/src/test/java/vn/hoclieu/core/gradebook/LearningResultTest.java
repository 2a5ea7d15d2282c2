package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of Circular 22/2021, Article 9 (eight scored subjects, two commented ones). */
class LearningResultTest {

    private static List<BigDecimal> averages(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static final List<Boolean> BOTH_PASSED = List.of(true, true);

    @Test
    void sixSubjectsAtEightAndNoneBelowSixAndAHalfIsTot() {
        assertThat(LearningResult.of(averages("8.0", "8.5", "9.0", "8.1", "8.0", "8.3", "6.5", "7.0"), BOTH_PASSED))
                .isEqualTo(LearningResult.TOT);
    }

    @Test
    void onlyFiveSubjectsAtEightIsKha() {
        assertThat(LearningResult.of(averages("8.0", "8.5", "9.0", "8.1", "8.0", "7.9", "6.5", "7.0"), BOTH_PASSED))
                .isEqualTo(LearningResult.KHA);
    }

    @Test
    void oneSubjectBelowFiveIsAtMostDat() {
        assertThat(LearningResult.of(averages("8.0", "8.5", "9.0", "8.1", "8.0", "8.3", "4.9", "7.0"), BOTH_PASSED))
                .isEqualTo(LearningResult.DAT);
    }

    @Test
    void aCommentedSubjectNotPassedCostsTotAndKha() {
        assertThat(LearningResult.of(averages("9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "9.0"), List.of(true, false)))
                .isEqualTo(LearningResult.DAT);
    }

    @Test
    void anAverageBelowThreeAndAHalfIsChuaDat() {
        assertThat(LearningResult.of(averages("8.0", "8.5", "9.0", "8.1", "8.0", "8.3", "3.4", "7.0"), BOTH_PASSED))
                .isEqualTo(LearningResult.CHUA_DAT);
    }

    @Test
    void twoCommentedSubjectsNotPassedIsChuaDat() {
        assertThat(LearningResult.of(averages("9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "9.0", "9.0"), List.of(false, false)))
                .isEqualTo(LearningResult.CHUA_DAT);
    }
}
