package vn.hoclieu.core.course;

/**
 * A refused course request, with a code the API and pages translate ({@code course.error.<code>})
 * and the kind of refusal (which HTTP status it becomes).
 */
public class CourseException extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public CourseException(Kind kind, String code) {
        super(kind + ": " + code);
        this.kind = kind;
        this.code = code;
    }

    public static CourseException notFound() {
        return new CourseException(Kind.NOT_FOUND, "not_found");
    }

    public static CourseException forbidden() {
        return new CourseException(Kind.FORBIDDEN, "forbidden");
    }

    public static CourseException conflict(String code) {
        return new CourseException(Kind.CONFLICT, code);
    }

    public static CourseException invalid(String code) {
        return new CourseException(Kind.INVALID, code);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
