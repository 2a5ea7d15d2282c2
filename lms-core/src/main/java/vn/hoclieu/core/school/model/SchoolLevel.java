package vn.hoclieu.core.school.model;

/** Which grades a school teaches: primary 1–5, lower secondary 6–9, or both (TH&THCS). */
public enum SchoolLevel {
    PRIMARY(1, 5),
    LOWER_SECONDARY(6, 9),
    INTER_LEVEL(1, 9);

    private final int firstGrade;
    private final int lastGrade;

    SchoolLevel(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    /** Whether a school of this level has classes of the grade. */
    public boolean hasGrade(int grade) {
        return grade >= firstGrade && grade <= lastGrade;
    }

    public int firstGrade() { return firstGrade; }
    public int lastGrade() { return lastGrade; }
}
