package vn.hoclieu.content.blob;

import java.io.IOException;

/** The store holds no blob with this id (never stored, deleted, or lost: see {@link BlobIntegrityCheck}). */
public final class BlobNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient BlobId id;

    public BlobNotFoundException(BlobId id) {
        super("No blob " + id);
        this.id = id;
    }

    public BlobId id() {
        return id;
    }
}
