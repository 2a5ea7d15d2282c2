package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Facility, discrimination and answer frequencies on small worked examples. */
class ItemStatisticsTest {

    @Test
    void facilityIsTheMeanShareOfThePoints() {
        assertThat(ItemStatistics.facility(List.of(1.0, 0.0, 1.0, 0.5)).getAsDouble()).isCloseTo(0.625, within(1e-9));
    }

    @Test
    void aQuestionTheStrongGetRightDiscriminatesPositively() {
        // the two pupils with the best rest-of-quiz scores got it right, the two weakest did not
        double d = ItemStatistics.discrimination(List.of(1.0, 1.0, 0.0, 0.0), List.of(9.0, 8.0, 4.0, 3.0)).getAsDouble();
        assertThat(d).isCloseTo(5 / Math.sqrt(26), within(1e-9)); // Σdxdy = 5, Σdx² = 1, Σdy² = 26
    }

    @Test
    void aQuestionOnlyTheWeakGetRightDiscriminatesNegatively() {
        assertThat(ItemStatistics.discrimination(List.of(0.0, 0.0, 1.0, 1.0), List.of(9.0, 8.0, 4.0, 3.0)).getAsDouble()).isNegative();
    }

    @Test
    void aQuestionEveryoneGotRightTellsNothingApart() {
        assertThat(ItemStatistics.discrimination(List.of(1.0, 1.0, 1.0), List.of(9.0, 5.0, 2.0))).isEmpty();
    }

    @Test
    void answerFrequenciesCountEachValueOncePerResponseAndTheUnanswered() {
        assertThat(ItemStatistics.answerFrequencies(List.of(Response.of("A"), Response.of("B", "A"), Response.of("A", "A"), Response.none())))
                .containsEntry("A", 3).containsEntry("B", 1).containsEntry("", 1);
    }
}
