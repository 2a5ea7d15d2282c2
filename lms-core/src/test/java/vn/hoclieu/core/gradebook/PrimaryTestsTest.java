package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Circular 27/2020: end-of-term tests in primary school. */
class PrimaryTestsTest {

    @Test
    void vietnameseAndMathsAreTestedInEveryGrade() {
        assertThat(PrimaryTests.hasEndOfTermTest("TIENG_VIET", 1)).isTrue();
        assertThat(PrimaryTests.hasEndOfTermTest("TOAN", 3)).isTrue();
    }

    @Test
    void scienceHistoryGeographyItAndEnglishAreTestedFromGradeFour() {
        assertThat(PrimaryTests.hasEndOfTermTest("KHOA_HOC", 4)).isTrue();
        assertThat(PrimaryTests.hasEndOfTermTest("TIENG_ANH", 3)).isFalse();
        assertThat(PrimaryTests.hasEndOfTermTest("TIENG_ANH", 5)).isTrue();
    }

    @Test
    void musicIsNeverTested() {
        assertThat(PrimaryTests.hasEndOfTermTest("AM_NHAC", 5)).isFalse();
    }

    @Test
    void aTestScoreIsAWholeNumberFromOneToTen() {
        assertThat(PrimaryTests.isValidTestScore(0)).isFalse();
        assertThat(PrimaryTests.isValidTestScore(1)).isTrue();
        assertThat(PrimaryTests.isValidTestScore(10)).isTrue();
        assertThat(PrimaryTests.isValidTestScore(11)).isFalse();
    }
}
