package vn.hoclieu.content.blob;

import java.util.HexFormat;

/**
 * The name of a blob: the SHA-256 of its bytes as 64 lowercase hex characters. The value becomes a
 * file name in {@link FileBlobStore}, so anything else ("../../etc/passwd", upper case, a prefix)
 * is refused here rather than checked at each use.
 */
public record BlobId(String hex) {

    static final int HEX_LENGTH = 64;

    public BlobId {
        if (!isValid(hex)) {
            throw new IllegalArgumentException("Not a SHA-256 blob id (64 lowercase hex characters): " + printable(hex));
        }
    }

    public static BlobId of(String hex) {
        return new BlobId(hex);
    }

    /** The id of a finished SHA-256 digest. */
    public static BlobId ofDigest(byte[] sha256) {
        if (sha256.length != HEX_LENGTH / 2) {
            throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256.length + " bytes");
        }
        return new BlobId(HexFormat.of().formatHex(sha256));
    }

    public static boolean isValid(String hex) {
        if (hex == null || hex.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }

    private static String printable(String value) {
        // the refused value may come from a request: keep error messages short and on one line
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }
}
