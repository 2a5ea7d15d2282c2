package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Saves of one answer: applied, repeated after a dropped link, or a conflict between two devices. */
class AnswerSaveTest {

    @Test
    void aSaveFromTheCurrentVersionIsApplied() {
        assertThat(AnswerSave.decide(3, "s-2", 3, "s-3")).isEqualTo(AnswerSave.APPLIED);
    }

    @Test
    void theSameSaveSentAgainIsRecognisedEvenThoughTheVersionMovedOn() {
        assertThat(AnswerSave.decide(4, "s-3", 3, "s-3")).isEqualTo(AnswerSave.REPEATED);
    }

    @Test
    void aSaveFromAnOlderVersionIsAConflict() {
        assertThat(AnswerSave.decide(4, "tab-b-1", 3, "tab-a-2")).isEqualTo(AnswerSave.CONFLICT);
    }

    @Test
    void theFirstSaveOfAnAnswerStartsFromVersionZero() {
        assertThat(AnswerSave.decide(0, null, 0, "s-1")).isEqualTo(AnswerSave.APPLIED);
    }
}
