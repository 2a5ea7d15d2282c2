package vn.hoclieu.core.account;

/**
 * A new password was refused; {@link #code()} says why, for a message in the person's language:
 * {@code wrong_current_password}, {@code password_too_short}, {@code password_too_long},
 * {@code password_unchanged}, {@code password_is_username}.
 */
public class PasswordChangeRefusedException extends RuntimeException {

    private final String code;

    public PasswordChangeRefusedException(String code) {
        super("password change refused: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
