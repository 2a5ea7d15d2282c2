package vn.hoclieu.core.gradebook;

import java.util.Objects;

/** An assignment or quiz whose released grades fill one gradebook column. */
public record SourceRef(ColumnSource source, long id) {

    public SourceRef {
        Objects.requireNonNull(source);
        if (source == ColumnSource.MANUAL) {
            throw new IllegalArgumentException("manual columns are created on the gradebook page");
        }
    }

    public static SourceRef assignment(long id) {
        return new SourceRef(ColumnSource.ASSIGNMENT, id);
    }

    public static SourceRef quiz(long id) {
        return new SourceRef(ColumnSource.QUIZ, id);
    }
}
