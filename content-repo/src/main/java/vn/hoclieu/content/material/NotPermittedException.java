package vn.hoclieu.content.material;

/**
 * The caller may see the material but not do this to it (HTTP 403): reviewing one's own material,
 * claiming outside one's pools, deciding a task someone else holds. The code names the reason.
 */
public class NotPermittedException extends RuntimeException {

    private final String code;

    public NotPermittedException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
