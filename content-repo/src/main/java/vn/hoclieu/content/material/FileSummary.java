package vn.hoclieu.content.material;

/** One file of a material version and what ingest made of it (failure code and detail when it failed). */
public record FileSummary(long id, String originalName, long sizeBytes, String detectedType, String kind,
                          FileStatus status, String failureCode, String failureDetail, String blobSha256) {
}
