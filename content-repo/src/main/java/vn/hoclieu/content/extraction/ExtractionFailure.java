package vn.hoclieu.content.extraction;

import java.util.Objects;

/**
 * A file that cannot be ingested: a stable {@link FailureCode} for people (translated by the web
 * tier) and an English technical {@code detail} for operators. Retrying never helps.
 */
public class ExtractionFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureCode code;
    private final String detail;

    public ExtractionFailure(FailureCode code, String detail) {
        this(code, detail, null);
    }

    public ExtractionFailure(FailureCode code, String detail, Throwable cause) {
        super(code.code() + ": " + detail, cause);
        this.code = Objects.requireNonNull(code);
        this.detail = Objects.requireNonNull(detail);
    }

    public FailureCode code() {
        return code;
    }

    /** English, technical: what was detected or what the parser said. */
    public String detail() {
        return detail;
    }
}
