package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;

/**
 * A cell typed on the gradebook: the column, the pupil, the mark (neither score nor rating clears
 * it) and, when the page showed a stored mark, its version (a newer one means someone else saved).
 */
public record MarkInput(long columnId, long pupilId, BigDecimal score, String rating, String comment, Long version) {

    public Mark mark() {
        return new Mark(score, rating, comment);
    }

    /** How errors name this cell: "columnId:pupilId". */
    public String cell() {
        return columnId + ":" + pupilId;
    }
}
