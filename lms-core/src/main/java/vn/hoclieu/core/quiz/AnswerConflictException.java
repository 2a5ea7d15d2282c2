package vn.hoclieu.core.quiz;

/** A save made from an older version of the answer than the server holds: the caller gets the current one. */
public class AnswerConflictException extends RuntimeException {

    private final SavedAnswer current;

    public AnswerConflictException(SavedAnswer current) {
        super("answer " + current.slot() + " is at version " + current.version());
        this.current = current;
    }

    public SavedAnswer current() {
        return current;
    }

}
