package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.QuestionDraw.Fixed;
import vn.hoclieu.core.quiz.model.QuestionDraw.FromCategory;

import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An attempt's questions: fixed ones and draws from categories, decided once from a seed. */
class QuestionDrawTest {

    private static final List<Long> CATEGORY = LongStream.rangeClosed(100, 119).boxed().toList();

    @Test
    void fixedQuestionsKeepTheirOrderWithoutShuffling() {
        assertThat(QuestionDraw.draw(List.of(new Fixed(3), new Fixed(1), new Fixed(2)), false, 7)).containsExactly(3L, 1L, 2L);
    }

    @Test
    void aDrawTakesDistinctQuestionsOfItsCategory() {
        List<Long> drawn = QuestionDraw.draw(List.of(new FromCategory(CATEGORY, 5)), false, 7);
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates().allMatch(CATEGORY::contains);
    }

    @Test
    void aDrawNeverRepeatsAFixedQuestion() {
        List<Long> small = List.of(100L, 101L, 102L);
        for (long seed = 0; seed < 50; seed++) {
            List<Long> drawn = QuestionDraw.draw(List.of(new Fixed(100), new FromCategory(small, 2)), false, seed);
            assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrder(100L, 101L, 102L);
        }
    }

    @Test
    void theSameSeedDrawsTheSameAttempt() {
        List<QuestionDraw.Slot> slots = List.of(new FromCategory(CATEGORY, 8));
        assertThat(QuestionDraw.draw(slots, true, 42)).isEqualTo(QuestionDraw.draw(slots, true, 42));
    }

    @Test
    void differentSeedsGiveDifferentPupilsDifferentQuestions() {
        List<QuestionDraw.Slot> slots = List.of(new FromCategory(CATEGORY, 5));
        var distinct = new HashSet<List<Long>>();
        for (long seed = 0; seed < 20; seed++) {
            distinct.add(QuestionDraw.draw(slots, false, seed));
        }
        assertThat(distinct.size()).isGreaterThan(15);
    }

    @Test
    void aCategoryTooSmallIsRefused() {
        assertThatThrownBy(() -> QuestionDraw.draw(List.of(new FromCategory(List.of(1L, 2L), 3)), false, 1))
                .isInstanceOf(QuestionDraw.NotEnoughQuestionsException.class);
    }

    @Test
    void optionOrderIsStablePerAttemptAndQuestion() {
        List<String> options = List.of("A", "B", "C", "D", "E");
        assertThat(QuestionDraw.optionOrder(options, 42, 7)).isEqualTo(QuestionDraw.optionOrder(options, 42, 7))
                .containsExactlyInAnyOrderElementsOf(options);
    }
}
