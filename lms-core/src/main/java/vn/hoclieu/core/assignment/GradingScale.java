package vn.hoclieu.core.assignment;

import java.util.List;

/**
 * How work is marked: a score 0–10 with one decimal (tests, Circular 22 scored subjects), the
 * primary rating of Circular 27 (T = Hoàn thành tốt, H = Hoàn thành, C = Chưa hoàn thành), or
 * Đạt / Chưa đạt of secondary commented subjects.
 */
public enum GradingScale {
    SCORE_10(List.of()),
    PRIMARY_RATING(List.of("T", "H", "C")),
    PASS_FAIL(List.of("DAT", "CHUA_DAT"));

    private final List<String> ratings;

    GradingScale(List<String> ratings) {
        this.ratings = ratings;
    }

    /** The rating codes of this scale, best first; empty for scores. */
    public List<String> ratings() {
        return ratings;
    }

    /** Primary classes (grades 1–5) rate; lower-secondary ones score. */
    public static GradingScale defaultFor(int grade) {
        return grade <= 5 ? PRIMARY_RATING : SCORE_10;
    }
}
