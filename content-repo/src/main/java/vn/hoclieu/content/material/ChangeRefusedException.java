package vn.hoclieu.content.material;

import java.util.List;

/**
 * A change that the material's state does not allow (HTTP 409): an illegal transition, a task
 * already claimed, a material not ready for review. The code names the reason; the web tier turns
 * it into a localized sentence with the arguments.
 */
public class ChangeRefusedException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public ChangeRefusedException(String code, Object... arguments) {
        super(code + " " + List.of(arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** An illegal move between two states. */
    public static ChangeRefusedException transition(MaterialStatus from, MaterialStatus to) {
        return new ChangeRefusedException("illegal_transition", from, to);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
