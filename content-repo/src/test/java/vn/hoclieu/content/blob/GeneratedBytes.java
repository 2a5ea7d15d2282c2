package vn.hoclieu.content.blob;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A stream of {@code length} pseudo-random bytes made up while read, so that tests can store
 * tens of megabytes without holding them. The same seed and length give the same bytes.
 */
final class GeneratedBytes extends InputStream {

    private final long length;
    private long position;
    private long state;

    GeneratedBytes(long seed, long length) {
        this.length = length;
        this.state = seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int wanted) {
        if (position >= length) {
            return -1;
        }
        int count = (int) Math.min(wanted, length - position);
        for (int i = 0; i < count; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            buffer[offset + i] = (byte) (state >>> 56);
        }
        position += count;
        return count;
    }

    /** The SHA-256 of these bytes, computed without the store (MessageDigest, as sha256sum would). */
    static String sha256Of(long seed, long length) {
        MessageDigest digest = FileBlobStoreTest.sha256();
        byte[] buffer = new byte[8192];
        try (GeneratedBytes bytes = new GeneratedBytes(seed, length)) {
            int read;
            while ((read = bytes.read(buffer, 0, buffer.length)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
    }
}
