package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one subject is assessed in one grade: by Circular 27 in primary school (grades 1–5), by
 * Circular 22 above — scored, or commented (Đạt / Chưa đạt) — with the columns that follow and what
 * a mark in each may be.
 *
 * @param regularNeeded secondary scored subjects: the regular scores a term needs (Article 7)
 */
public record SubjectAssessment(boolean primary, boolean commented, boolean hasTest, int regularNeeded) {

    /** Circular 22, Article 5: lower-secondary subjects assessed by comments. */
    private static final Set<String> COMMENTED = Set.of("GDTC", "AM_NHAC", "MI_THUAT", "GD_DIA_PHUONG", "HDTN_HN", "HDTN");

    /** Periods a year of the GDPT 2018 lower-secondary programme; unknown scored subjects count as the smallest (35). */
    private static final Map<String, Integer> PERIODS = Map.of("NGU_VAN", 140, "TOAN", 140, "TIENG_ANH", 105, "GDCD", 35,
            "LICH_SU_DIA_LI", 105, "KHTN", 140, "TIN_HOC", 35);

    public static final int COMMENT_MAX = 500;

    public static SubjectAssessment of(int grade, String subjectCode) {
        if (grade <= 5) {
            return new SubjectAssessment(true, true, PrimaryTests.hasEndOfTermTest(subjectCode, grade), 0);
        }
        if (COMMENTED.contains(subjectCode)) {
            return new SubjectAssessment(false, true, false, 0);
        }
        return new SubjectAssessment(false, false, false, ScoredSubjectTerm.requiredRegularScores(periodsPerYear(subjectCode, grade)));
    }

    static int periodsPerYear(String subjectCode, int grade) {
        if ("CONG_NGHE".equals(subjectCode)) {
            return grade >= 8 ? 52 : 35;
        }
        return PERIODS.getOrDefault(subjectCode, 35);
    }

    /** The kinds of column a sheet of this subject may hold. */
    public List<ColumnKind> kinds() {
        if (primary) {
            return hasTest ? List.of(ColumnKind.MIDTERM_RATING, ColumnKind.END_OF_TERM_RATING, ColumnKind.END_OF_TERM_TEST)
                    : List.of(ColumnKind.MIDTERM_RATING, ColumnKind.END_OF_TERM_RATING);
        }
        return commented ? List.of(ColumnKind.PASS_FAIL) : List.of(ColumnKind.REGULAR, ColumnKind.MIDTERM, ColumnKind.END_OF_TERM);
    }

    /** What is wrong with a mark in a column of this kind (a code the web tier translates), or empty when it is fine. */
    public static Optional<String> problemOf(ColumnKind kind, Mark mark) {
        if (mark.comment() != null && mark.comment().length() > COMMENT_MAX) {
            return Optional.of("comment_too_long");
        }
        if (mark.empty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case REGULAR, MIDTERM, END_OF_TERM -> scoreProblem(mark);
            case END_OF_TERM_TEST -> mark.score() == null || mark.rating() != null ? Optional.of("test_score")
                    : isWholeOneToTen(mark.score()) ? Optional.empty() : Optional.of("test_score");
            case MIDTERM_RATING, END_OF_TERM_RATING -> ratingProblem(mark, SubjectRating.class, "subject_rating");
            case PASS_FAIL -> ratingProblem(mark, PassFail.class, "pass_fail");
        };
    }

    private static Optional<String> scoreProblem(Mark mark) {
        if (mark.score() == null || mark.rating() != null) {
            return Optional.of("score");
        }
        try {
            Score.requireValid(mark.score());
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of("score");
        }
    }

    private static boolean isWholeOneToTen(BigDecimal score) {
        BigDecimal whole = score.stripTrailingZeros();
        return whole.scale() <= 0 && PrimaryTests.isValidTestScore(whole.intValue());
    }

    private static <E extends Enum<E>> Optional<String> ratingProblem(Mark mark, Class<E> ratings, String code) {
        if (mark.score() != null || mark.rating() == null) {
            return Optional.of(code);
        }
        for (E rating : ratings.getEnumConstants()) {
            if (rating.name().equals(mark.rating().strip())) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
