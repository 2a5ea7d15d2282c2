package vn.hoclieu.content.ingest.file;

/** A material file as the worker needs it: where its bytes are and what it is called. */
record FileToIngest(long id, String blobSha256, String originalName, long sizeBytes) {
}
