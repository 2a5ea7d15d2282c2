package vn.hoclieu.core.course.model;

import java.util.List;
import java.util.Map;

/**
 * The author's completion rule: every unit done — pages and materials marked completed, every quiz
 * and every assignment passed (graded at or above {@code passPercent} of full marks; handing an
 * assignment in is not enough). Pure, so it is unit-tested.
 */
public record CompletionRule(int passPercent) {

    public static final int DEFAULT_PASS_PERCENT = 70;

    public record Unit(long id, UnitKind kind) {
    }

    /** Whether a quiz or an assignment graded {@code gradeOnTen} (0–10) passes. */
    public boolean passes(java.math.BigDecimal gradeOnTen) {
        return gradeOnTen != null && gradeOnTen.multiply(java.math.BigDecimal.TEN).compareTo(java.math.BigDecimal.valueOf(passPercent)) >= 0;
    }

    public static boolean done(Unit unit, UnitState state) {
        return state != null && (state == unit.kind().done() || (!unit.kind().graded() && state == UnitState.PASSED));
    }

    /** Units done, as a whole percentage (rounded down, so 100 means everything); 0 for a course without units. */
    public static int percent(List<Unit> units, Map<Long, UnitState> states) {
        if (units.isEmpty()) {
            return 0;
        }
        long done = units.stream().filter(u -> done(u, states.get(u.id()))).count();
        return (int) (done * 100 / units.size());
    }

    public static boolean complete(List<Unit> units, Map<Long, UnitState> states) {
        return !units.isEmpty() && units.stream().allMatch(u -> done(u, states.get(u.id())));
    }

    /** A state never goes back: a viewed unit stays completed once completed. */
    public static UnitState raise(UnitState current, UnitState reached) {
        return current == null || reached.ordinal() > current.ordinal() ? reached : current;
    }
}
