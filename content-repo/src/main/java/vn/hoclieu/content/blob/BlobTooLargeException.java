package vn.hoclieu.content.blob;

import java.io.IOException;

/** The content was longer than the caller allowed; nothing of it was kept. */
public final class BlobTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BlobTooLargeException(long maxBytes) {
        super("Content exceeds the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
