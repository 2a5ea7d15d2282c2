package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Which columns a subject's sheet holds and what a mark in each may be (Circulars 22/2021 and 27/2020). */
class SubjectAssessmentTest {

    @Test
    void lowerSecondaryCommentedSubjectsOfCircular22HavePassFailColumnsOnly() {
        for (String code : new String[] {"GDTC", "AM_NHAC", "MI_THUAT", "GD_DIA_PHUONG", "HDTN_HN"}) {
            assertThat(SubjectAssessment.of(6, code).kinds()).as(code).containsExactly(ColumnKind.PASS_FAIL);
        }
        assertThat(SubjectAssessment.of(8, "NGU_VAN").kinds()).containsExactly(ColumnKind.REGULAR, ColumnKind.MIDTERM, ColumnKind.END_OF_TERM);
    }

    @Test
    void circular22Article7RegularScoresNeededFollowThePeriodsOfTheSubject() {
        assertThat(SubjectAssessment.of(6, "TOAN").regularNeeded()).as("140 periods").isEqualTo(4);
        assertThat(SubjectAssessment.of(6, "TIN_HOC").regularNeeded()).as("35 periods").isEqualTo(2);
        assertThat(SubjectAssessment.of(6, "CONG_NGHE").regularNeeded()).as("35 periods in grade 6").isEqualTo(2);
        assertThat(SubjectAssessment.of(9, "CONG_NGHE").regularNeeded()).as("52 periods in grade 9").isEqualTo(3);
    }

    @Test
    void primarySubjectsWithAnEndOfTermTestHaveATestColumn() {
        assertThat(SubjectAssessment.of(3, "TOAN").kinds()).contains(ColumnKind.END_OF_TERM_TEST);
        assertThat(SubjectAssessment.of(3, "TIENG_ANH").kinds()).doesNotContain(ColumnKind.END_OF_TERM_TEST);
        assertThat(SubjectAssessment.of(5, "TIENG_ANH").kinds()).contains(ColumnKind.END_OF_TERM_TEST);
    }

    @Test
    void aSecondaryScoreIsZeroToTenWithOneDecimal() {
        assertThat(SubjectAssessment.problemOf(ColumnKind.REGULAR, Mark.score("0"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.REGULAR, Mark.score("7.5"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.MIDTERM, Mark.score("7.25"))).contains("score");
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM, Mark.score("10.5"))).contains("score");
        assertThat(SubjectAssessment.problemOf(ColumnKind.REGULAR, Mark.rating("DAT"))).contains("score");
    }

    @Test
    void aPrimaryTestScoreIsAWholeNumberFromOneToTen() {
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_TEST, Mark.score("10"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_TEST, Mark.score("7.0"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_TEST, Mark.score("0"))).contains("test_score");
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_TEST, Mark.score("7.5"))).contains("test_score");
    }

    @Test
    void ratingsMustBeOfTheColumnsScale() {
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_RATING, Mark.rating("T"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.END_OF_TERM_RATING, Mark.rating("DAT"))).contains("subject_rating");
        assertThat(SubjectAssessment.problemOf(ColumnKind.PASS_FAIL, Mark.rating("CHUA_DAT"))).isEmpty();
        assertThat(SubjectAssessment.problemOf(ColumnKind.PASS_FAIL, Mark.rating("T"))).contains("pass_fail");
        assertThat(SubjectAssessment.problemOf(ColumnKind.PASS_FAIL, new Mark(BigDecimal.ONE, null, null))).contains("pass_fail");
    }

    @Test
    void aCommentLongerThanFiveHundredCharactersIsRefused() {
        assertThat(SubjectAssessment.problemOf(ColumnKind.REGULAR, new Mark(BigDecimal.TEN, null, "x".repeat(501)))).contains("comment_too_long");
    }
}
