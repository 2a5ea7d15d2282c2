package vn.hoclieu.content.material;

/** Bytes already in the blob store (an upload that completed), to attach to a material. */
public record UploadedBytes(String blobSha256, long sizeBytes, String originalName, String declaredType) {
}
