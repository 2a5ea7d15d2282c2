package vn.hoclieu.core.school;

/** A class as lists and home pages show it. */
public record ClassSummary(long id, String name, int grade, String schoolYear, String homeroomTeacher, int pupils) {
}
