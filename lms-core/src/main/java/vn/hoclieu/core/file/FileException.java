package vn.hoclieu.core.file;

/** Base of the refusals of an uploaded file (type, size, name), so the web layer maps them in one place. */
public abstract class FileException extends RuntimeException {
    protected FileException(String message) {
        super(message);
    }
}
