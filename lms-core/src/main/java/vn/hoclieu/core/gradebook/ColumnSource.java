package vn.hoclieu.core.gradebook;

/** Where a column's marks come from: typed on the gradebook page (paper tests), or released by an assignment or a quiz. */
public enum ColumnSource {
    MANUAL, ASSIGNMENT, QUIZ
}
