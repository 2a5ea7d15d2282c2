package vn.hoclieu.content.blob;

/**
 * The outcome of storing bytes.
 *
 * @param alreadyStored the same bytes were in the store before; a hint for statistics and
 *                      messages only: two writers racing with the same new bytes may both see false
 */
public record StoredBlob(BlobId id, long size, boolean alreadyStored) {
}
