package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;

/**
 * One mark in a column: a score (secondary 0–10 with one decimal, primary test 1–10 whole) or a
 * rating (T/H/C, or DAT/CHUA_DAT), as the column's kind wants; an optional comment (nhận xét).
 */
public record Mark(BigDecimal score, String rating, String comment) {

    public static Mark score(String score) {
        return new Mark(new BigDecimal(score), null, null);
    }

    public static Mark rating(String rating) {
        return new Mark(null, rating, null);
    }

    public boolean empty() {
        return score == null && (rating == null || rating.isBlank());
    }
}
