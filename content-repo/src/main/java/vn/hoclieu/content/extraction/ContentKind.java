package vn.hoclieu.content.extraction;

/** What a file is, as far as ingest cares: decides which worker step handles it. */
public enum ContentKind {
    DOCUMENT, VIDEO, AUDIO, IMAGE,
    /** Anything else: never accepted. */
    OTHER
}
