package vn.hoclieu.core.file;

/** A file over the assignment's size limit (HTTP 413 {@code too_large}); nothing of it is kept. */
public class FileTooLargeException extends FileException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("file larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
