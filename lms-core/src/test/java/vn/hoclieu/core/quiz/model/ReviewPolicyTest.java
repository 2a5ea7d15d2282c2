package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.ReviewPolicy.Moment;
import vn.hoclieu.core.quiz.model.ReviewPolicy.Part;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a pupil sees of their attempt, and when. */
class ReviewPolicyTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Optional<Instant> CLOSES = Optional.of(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void beforeSubmittingItIsDuring() {
        assertThat(ReviewPolicy.momentOf(Optional.empty(), CLOSES, SUBMITTED)).isEqualTo(Moment.DURING);
    }

    @Test
    void twoMinutesAfterSubmittingItIsRightAfter() {
        assertThat(ReviewPolicy.momentOf(Optional.of(SUBMITTED), CLOSES, SUBMITTED.plusSeconds(119))).isEqualTo(Moment.RIGHT_AFTER);
        assertThat(ReviewPolicy.momentOf(Optional.of(SUBMITTED), CLOSES, SUBMITTED.plusSeconds(120))).isEqualTo(Moment.LATER_WHILE_OPEN);
    }

    @Test
    void onceTheQuizClosesItIsAfterClose() {
        assertThat(ReviewPolicy.momentOf(Optional.of(SUBMITTED), CLOSES, CLOSES.get())).isEqualTo(Moment.AFTER_CLOSE);
    }

    @Test
    void aQuizThatNeverClosesStaysLaterWhileOpen() {
        assertThat(ReviewPolicy.momentOf(Optional.of(SUBMITTED), Optional.empty(), SUBMITTED.plus(Duration.ofDays(90))))
                .isEqualTo(Moment.LATER_WHILE_OPEN);
    }

    @Test
    void byDefaultRightAnswersAreHiddenUntilTheQuizCloses() {
        ReviewPolicy defaults = ReviewPolicy.defaults();
        assertThat(defaults.visible(Optional.of(SUBMITTED), CLOSES, SUBMITTED.plusSeconds(10))).doesNotContain(Part.RIGHT_ANSWERS);
        assertThat(defaults.visible(Optional.of(SUBMITTED), CLOSES, SUBMITTED.plus(Duration.ofHours(1)))).doesNotContain(Part.RIGHT_ANSWERS);
        assertThat(defaults.visible(Optional.of(SUBMITTED), CLOSES, CLOSES.get())).contains(Part.RIGHT_ANSWERS);
    }

    @Test
    void duringTheAttemptNoMarksAreShownByDefault() {
        assertThat(ReviewPolicy.defaults().visible(Optional.empty(), CLOSES, SUBMITTED)).containsExactly(Part.RESPONSES);
    }
}
