package vn.hoclieu.content.extraction;

/**
 * Bounds of one extraction.
 *
 * @param maxFileBytes        larger files are refused ({@code too-large}) before anything reads them
 * @param maxTextChars        the write limit: longer text is cut here and flagged
 *                            {@link ExtractedDocument#textTruncated()} (not a failure)
 * @param maxUnpackedBytes    a zip-based document (DOCX, PPTX, XLSX, ODT, ODP, EPUB) whose entries
 *                            unpack to more than this in total is a zip bomb
 * @param maxCompressionRatio an entry of more than 1 MiB unpacking to more than this many times
 *                            its compressed size is a zip bomb (Tika's and POI's default is 100)
 */
public record ExtractionLimits(long maxFileBytes, int maxTextChars, long maxUnpackedBytes, int maxCompressionRatio) {

    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;
    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 256L << 20;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;

    public ExtractionLimits {
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxUnpackedBytes <= 0 || maxCompressionRatio <= 1) {
            throw new IllegalArgumentException("Limits must be positive (ratio > 1): " + maxFileBytes + ", "
                    + maxTextChars + ", " + maxUnpackedBytes + ", " + maxCompressionRatio);
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS,
                DEFAULT_MAX_UNPACKED_BYTES, DEFAULT_MAX_COMPRESSION_RATIO);
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxTextChars, maxUnpackedBytes, maxCompressionRatio);
    }

    public ExtractionLimits withMaxTextChars(int chars) {
        return new ExtractionLimits(maxFileBytes, chars, maxUnpackedBytes, maxCompressionRatio);
    }

    public ExtractionLimits withMaxUnpackedBytes(long bytes) {
        return new ExtractionLimits(maxFileBytes, maxTextChars, bytes, maxCompressionRatio);
    }
}
