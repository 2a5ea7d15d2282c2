package vn.hoclieu.content.upload;

/** An upload request that cannot be honoured; {@code code} is stable for translations. */
public class UploadRefusedException extends RuntimeException {

    /** Why: TOO_LARGE, OFFSET_MISMATCH, NOT_FOUND, ALREADY_COMPLETE, INVALID. */
    public enum Code { TOO_LARGE, OFFSET_MISMATCH, NOT_FOUND, ALREADY_COMPLETE, INVALID }

    private final Code code;

    public UploadRefusedException(Code code, String detail) {
        super(detail);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
