package vn.hoclieu.content.material;

/**
 * A request that is incomplete for what it asks (HTTP 400): a rejection without a reason, a rubric
 * with a criterion left unscored. The code names the problem for a localized message.
 */
public class InvalidChangeException extends RuntimeException {

    private final String code;

    public InvalidChangeException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
