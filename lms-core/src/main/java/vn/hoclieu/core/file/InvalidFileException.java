package vn.hoclieu.core.file;

/** An upload without a usable name, or without content (HTTP 400; {@code messageKey} says which). */
public class InvalidFileException extends FileException {

    private final String field;
    private final String messageKey;

    public InvalidFileException(String field, String messageKey) {
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
