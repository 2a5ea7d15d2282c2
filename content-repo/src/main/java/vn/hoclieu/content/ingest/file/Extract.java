package vn.hoclieu.content.ingest.file;

/** What ingest learned of a file, as stored in content_file_extract; absent facts are null. */
record Extract(String title, String author, String language, Integer pages, Integer words, Long durationMs,
               Integer width, Integer height, String text, boolean textTruncated) {
}
