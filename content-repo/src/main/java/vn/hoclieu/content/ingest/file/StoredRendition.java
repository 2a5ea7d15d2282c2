package vn.hoclieu.content.ingest.file;

/** A derived file (thumbnail, poster, rendition, captions) once it is a blob. */
record StoredRendition(String role, String blobSha256, String mediaType, long sizeBytes, Integer width, Integer height,
                       Integer bitrate) {
}
