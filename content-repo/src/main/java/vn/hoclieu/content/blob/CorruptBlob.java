package vn.hoclieu.content.blob;

/** A blob whose content no longer matches its name, or which could not be read at all. */
public record CorruptBlob(BlobId id, String finding) {
}
