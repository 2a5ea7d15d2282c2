package vn.hoclieu.core.school;

/**
 * A change to a school's structure that is not allowed: the {@link #kind} says how the API answers
 * (400, 403, 404, 409), the {@link #code} which translated message explains it, and {@link #field}
 * which input was wrong (null when none is).
 */
public class StructureRefusedException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String code;
    private final String field;

    public StructureRefusedException(Kind kind, String code, String field) {
        super(kind + " " + code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static StructureRefusedException invalid(String code, String field) {
        return new StructureRefusedException(Kind.INVALID, code, field);
    }

    public static StructureRefusedException conflict(String code) {
        return new StructureRefusedException(Kind.CONFLICT, code, null);
    }

    public static StructureRefusedException forbidden() {
        return new StructureRefusedException(Kind.FORBIDDEN, "forbidden", null);
    }

    public static StructureRefusedException notFound() {
        return new StructureRefusedException(Kind.NOT_FOUND, "not_found", null);
    }

    public Kind kind() { return kind; }
    public String code() { return code; }
    public String field() { return field; }
}
