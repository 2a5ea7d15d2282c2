package vn.hoclieu.content.material;

/**
 * Bytes a viewer may download: the original file ({@code role} ORIGINAL) or one of its
 * renditions (THUMBNAIL, POSTER, PREVIEW, VIDEO_360P, VIDEO_240P, CAPTIONS_VTT).
 */
public record FileContent(long fileId, String role, String blobSha256, String mediaType, long sizeBytes, String fileName) {

    public static final String ORIGINAL = "ORIGINAL";
}
