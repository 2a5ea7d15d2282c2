package vn.hoclieu.core.assignment;

/** Input that breaks a rule across fields (times out of order, a score off the scale): HTTP 400 with the field and a message key. */
public class InvalidAssignmentException extends AssignmentException {

    private final String field;
    private final String messageKey;

    public InvalidAssignmentException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
