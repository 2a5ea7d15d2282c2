package vn.hoclieu.core.gradebook;

/**
 * What a gradebook column holds. Secondary (Circular 22): regular scores (ĐĐGtx, several), the
 * mid-term (ĐĐGgk) and end-of-term (ĐĐGck) scores, and Đạt / Chưa đạt for commented subjects.
 * Primary (Circular 27): mid- and end-of-term ratings T/H/C and the end-of-term test scored 1–10.
 */
public enum ColumnKind {
    REGULAR(false), MIDTERM(true), END_OF_TERM(true), PASS_FAIL(false),
    MIDTERM_RATING(true), END_OF_TERM_RATING(true), END_OF_TERM_TEST(true);

    private final boolean single;

    ColumnKind(boolean single) {
        this.single = single;
    }

    /** Whether a sheet holds at most one column of this kind (a term has one mid-term test). */
    public boolean single() {
        return single;
    }
}
