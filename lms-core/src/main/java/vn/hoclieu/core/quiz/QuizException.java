package vn.hoclieu.core.quiz;

/**
 * A quiz, question or attempt request that is refused, with a code the API and pages translate
 * ({@code quiz.error.<code>}) and the kind of refusal (which HTTP status it becomes).
 */
public class QuizException extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public QuizException(Kind kind, String code) {
        super(kind + ": " + code);
        this.kind = kind;
        this.code = code;
    }

    public static QuizException notFound() {
        return new QuizException(Kind.NOT_FOUND, "not_found");
    }

    public static QuizException forbidden() {
        return new QuizException(Kind.FORBIDDEN, "forbidden");
    }

    public static QuizException conflict(String code) {
        return new QuizException(Kind.CONFLICT, code);
    }

    public static QuizException invalid(String code) {
        return new QuizException(Kind.INVALID, code);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
