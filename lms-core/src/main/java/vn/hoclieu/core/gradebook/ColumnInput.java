package vn.hoclieu.core.gradebook;

/** A manual column (a paper test) a subject teacher adds; a blank title takes the kind's name. */
public record ColumnInput(ColumnKind kind, String title) {
}
