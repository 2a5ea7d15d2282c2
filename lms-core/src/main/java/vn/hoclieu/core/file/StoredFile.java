package vn.hoclieu.core.file;

/** A file the web layer has checked and put in the blob store, to be recorded. */
public record StoredFile(String name, String contentType, long size, String blobId) {
}
