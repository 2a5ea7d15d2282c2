package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of a pupil's subject result for a term, as the gradebook computes it from the marks in its columns. */
class SubjectResultTest {

    private static final SubjectAssessment MATHS_GRADE_7 = SubjectAssessment.of(7, "TOAN");        // 140 periods: 4 regular scores
    private static final SubjectAssessment CIVICS_GRADE_7 = SubjectAssessment.of(7, "GDCD");       // 35 periods: 2 regular scores
    private static final SubjectAssessment MUSIC_GRADE_7 = SubjectAssessment.of(7, "AM_NHAC");     // commented
    private static final SubjectAssessment MATHS_GRADE_3 = SubjectAssessment.of(3, "TOAN");
    private static final SubjectAssessment ETHICS_GRADE_3 = SubjectAssessment.of(3, "DAO_DUC");

    private final List<SubjectResult.Marked> marks = new ArrayList<>();

    private SubjectResultTest score(ColumnKind kind, String score) {
        marks.add(new SubjectResult.Marked(kind, score == null ? null : Mark.score(score)));
        return this;
    }

    private SubjectResultTest rating(ColumnKind kind, String rating) {
        marks.add(new SubjectResult.Marked(kind, rating == null ? null : Mark.rating(rating)));
        return this;
    }

    @Test
    void circular22TermAverageOfAScoredSubjectWithItsFourRegularScores() {
        // ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (ntx + 5) = (8 + 7 + 9 + 6.5 + 2·7 + 3·8.5) / 9 = 70 / 9 = 7.77… → 7.8
        score(ColumnKind.REGULAR, "8").score(ColumnKind.REGULAR, "7").score(ColumnKind.REGULAR, "9").score(ColumnKind.REGULAR, "6.5")
                .score(ColumnKind.MIDTERM, "7").score(ColumnKind.END_OF_TERM, "8.5");

        SubjectResult result = SubjectResult.of(MATHS_GRADE_7, marks);

        assertThat(result.average()).isEqualByComparingTo("7.8");
        assertThat(result.missing()).isNull();
    }

    @Test
    void circular22Article7NoAverageWithFewerRegularScoresThanTheSubjectsPeriodsRequire() {
        // Toán has 140 periods a year: more than 70, so 4 regular scores a term; three are not enough
        score(ColumnKind.REGULAR, "8").score(ColumnKind.REGULAR, "7").score(ColumnKind.REGULAR, "9")
                .score(ColumnKind.MIDTERM, "7").score(ColumnKind.END_OF_TERM, "8.5");

        SubjectResult result = SubjectResult.of(MATHS_GRADE_7, marks);

        assertThat(result.average()).isNull();
        assertThat(result.missing()).isEqualTo("regular");
    }

    @Test
    void circular22Article7TwoRegularScoresAreEnoughForASubjectOf35Periods() {
        // (6 + 7 + 2·8 + 3·9) / (2 + 5) = 56 / 7 = 8.0
        score(ColumnKind.REGULAR, "6").score(ColumnKind.REGULAR, "7").score(ColumnKind.MIDTERM, "8").score(ColumnKind.END_OF_TERM, "9");

        assertThat(SubjectResult.of(CIVICS_GRADE_7, marks).average()).isEqualByComparingTo("8.0");
    }

    @Test
    void aPupilWithoutAnEndOfTermScoreHasNoAverageYetAndTheReasonSaysWhy() {
        score(ColumnKind.REGULAR, "6").score(ColumnKind.REGULAR, "7").score(ColumnKind.MIDTERM, "8").score(ColumnKind.END_OF_TERM, null);

        SubjectResult result = SubjectResult.of(CIVICS_GRADE_7, marks);

        assertThat(result.average()).isNull();
        assertThat(result.missing()).isEqualTo("end_of_term");
    }

    @Test
    void circular22Article9CommentedSubjectIsDatWhenEveryAssessmentIsDat() {
        rating(ColumnKind.PASS_FAIL, "DAT").rating(ColumnKind.PASS_FAIL, "DAT").rating(ColumnKind.PASS_FAIL, "DAT");

        assertThat(SubjectResult.of(MUSIC_GRADE_7, marks).passFail()).isEqualTo(PassFail.DAT);
    }

    @Test
    void circular22Article9CommentedSubjectIsChuaDatWhenAnyAssessmentIsChuaDat() {
        rating(ColumnKind.PASS_FAIL, "DAT").rating(ColumnKind.PASS_FAIL, "CHUA_DAT").rating(ColumnKind.PASS_FAIL, "DAT");

        assertThat(SubjectResult.of(MUSIC_GRADE_7, marks).passFail()).isEqualTo(PassFail.CHUA_DAT);
    }

    @Test
    void aCommentedSubjectWithAnAssessmentNotYetMadeHasNoResult() {
        rating(ColumnKind.PASS_FAIL, "DAT").rating(ColumnKind.PASS_FAIL, null);

        SubjectResult result = SubjectResult.of(MUSIC_GRADE_7, marks);

        assertThat(result.passFail()).isNull();
        assertThat(result.missing()).isEqualTo("marks");
    }

    @Test
    void circular27PrimaryMathsHasItsEndOfTermRatingAndTestScore() {
        rating(ColumnKind.MIDTERM_RATING, "H").rating(ColumnKind.END_OF_TERM_RATING, "T").score(ColumnKind.END_OF_TERM_TEST, "9");

        SubjectResult result = SubjectResult.of(MATHS_GRADE_3, marks);

        assertThat(result.midTermRating()).isEqualTo(SubjectRating.H);
        assertThat(result.endOfTermRating()).isEqualTo(SubjectRating.T);
        assertThat(result.testScore()).isEqualTo(9);
        assertThat(result.missing()).isNull();
    }

    @Test
    void circular27PrimaryMathsWithoutItsTestIsNotComplete() {
        rating(ColumnKind.END_OF_TERM_RATING, "T").score(ColumnKind.END_OF_TERM_TEST, null);

        assertThat(SubjectResult.of(MATHS_GRADE_3, marks).missing()).isEqualTo("test");
    }

    @Test
    void circular27PrimaryEthicsHasNoTestAndIsCompleteWithItsRating() {
        rating(ColumnKind.END_OF_TERM_RATING, "C");

        SubjectResult result = SubjectResult.of(ETHICS_GRADE_3, marks);

        assertThat(result.endOfTermRating()).isEqualTo(SubjectRating.C);
        assertThat(result.missing()).isNull();
    }
}
