package vn.hoclieu.core.gradebook;

import java.util.Set;

/**
 * Circular 27 (primary): which subjects have an end-of-term test, and what a test score may be —
 * a whole number from 1 to 10 (no zero, no decimals).
 */
public final class PrimaryTests {

    private static final Set<String> EVERY_GRADE = Set.of("TIENG_VIET", "TOAN");
    private static final Set<String> FROM_GRADE_4 = Set.of("KHOA_HOC", "LICH_SU_DIA_LI", "TIN_HOC_CONG_NGHE", "TIENG_ANH");

    private PrimaryTests() {
    }

    public static boolean hasEndOfTermTest(String subjectCode, int grade) {
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("primary grades are 1–5, not " + grade);
        }
        return EVERY_GRADE.contains(subjectCode) || grade >= 4 && FROM_GRADE_4.contains(subjectCode);
    }

    public static boolean isValidTestScore(int score) {
        return score >= 1 && score <= 10;
    }
}
