package vn.hoclieu.core.account;

/** A registration asked for a username or e-mail address that someone already has. */
public class UsernameTakenException extends RuntimeException {

    private final String username;

    public UsernameTakenException(String username) {
        super("Username or e-mail already registered: " + username);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
