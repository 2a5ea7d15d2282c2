package vn.hoclieu.search;

/** The search cluster could not do what was asked (down, timed out, or refused the request). */
public class SearchException extends RuntimeException {

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
