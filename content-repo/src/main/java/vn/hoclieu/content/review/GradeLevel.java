package vn.hoclieu.content.review;

/** School levels as review pools divide them (GDPT 2018): primary 1–5, lower secondary 6–9, upper 10–12. */
public enum GradeLevel {
    PRIMARY(1, 5),
    LOWER_SECONDARY(6, 9),
    UPPER_SECONDARY(10, 12);

    private final int lowest;
    private final int highest;

    GradeLevel(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public boolean covers(int grade) {
        return grade >= lowest && grade <= highest;
    }
}
