package vn.hoclieu.content.material;

/** What ingest has made of one uploaded file so far. */
public enum FileStatus {
    QUEUED,
    PROCESSING,
    READY,
    FAILED
}
