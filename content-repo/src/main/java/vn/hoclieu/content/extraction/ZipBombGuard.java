package vn.hoclieu.content.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a zip-based document (OOXML, ODF, EPUB) before any parser does. Tika's SAX extractors
 * and write limit do not help against one huge text run (the run is buffered whole: a 1 GB run
 * exhausts any heap), so the container itself is judged: its declared sizes against
 * {@link ExtractionLimits#maxUnpackedBytes()} and {@link ExtractionLimits#maxCompressionRatio()},
 * then every compressed entry a parser will read (not images, fonts, media) is inflated into nothing
 * to check that it does not unpack beyond what it declares (a lying central directory). Costs one
 * inflate pass over the XML of a sane package (milliseconds).
 */
final class ZipBombGuard {

    static final int MAX_ENTRIES = 50_000;
    /** Entries smaller than this may be compressed at any ratio (tiny XML parts compress a lot). */
    static final long RATIO_GRACE_BYTES = 1L << 20;

    private ZipBombGuard() {
    }

    static void check(Path file, long fileBytes, ExtractionLimits limits) throws ExtractionFailure {
        // ISO-8859-1: any entry name decodes, so odd legacy names never make a valid package "corrupt"
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
            List<ZipEntry> deflated = checkDeclaredSizes(zip, fileBytes, limits);
            checkActualSizes(zip, deflated, limits);
        } catch (ZipException e) {
            throw new ExtractionFailure(FailureCode.CORRUPT, "Not a readable zip package: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExtractionFailure(FailureCode.UNREADABLE, "Cannot read the zip package: " + e, e);
        }
    }

    private static List<ZipEntry> checkDeclaredSizes(ZipFile zip, long fileBytes, ExtractionLimits limits)
            throws ExtractionFailure {
        List<ZipEntry> deflated = new ArrayList<>();
        long total = 0;
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (++count > MAX_ENTRIES) {
                throw bomb("more than " + MAX_ENTRIES + " entries");
            }
            if (entry.isDirectory()) {
                continue;
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw new ExtractionFailure(FailureCode.CORRUPT, "Entry " + entry.getName() + " has no declared size");
            }
            total += size;
            if (total > limits.maxUnpackedBytes()) {
                throw bomb("the entries unpack to more than " + limits.maxUnpackedBytes() + " bytes (entry "
                        + entry.getName() + " alone declares " + size + " bytes; the file has " + fileBytes + ")");
            }
            if (size > RATIO_GRACE_BYTES && size > Math.max(compressed, 1) * (long) limits.maxCompressionRatio()) {
                throw bomb("entry " + entry.getName() + " unpacks " + size + " bytes from " + compressed
                        + " (more than " + limits.maxCompressionRatio() + " times)");
            }
            if (entry.getMethod() == ZipEntry.DEFLATED && !isMedia(entry.getName())) {
                deflated.add(entry);
            }
        }
        return deflated;
    }

    private static void checkActualSizes(ZipFile zip, List<ZipEntry> deflated, ExtractionLimits limits)
            throws IOException, ExtractionFailure {
        byte[] sink = new byte[64 * 1024];
        for (ZipEntry entry : deflated) {
            long declared = entry.getSize();
            long actual = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(sink)) > 0; ) {
                    actual += n;
                    if (actual > declared) {
                        throw bomb("entry " + entry.getName() + " unpacks beyond the " + declared
                                + " bytes it declares");
                    }
                }
            }
        }
    }

    /**
     * Images, fonts and media inside a package are embedded documents, which the extractor never
     * parses (an EPUB cover is copied with a bound of its own): their actual size does not matter.
     */
    static boolean isMedia(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && MEDIA_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> MEDIA_EXTENSIONS = java.util.Set.of(
            "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "emf", "wmf", "svgz",
            "otf", "ttf", "woff", "woff2", "odttf", "fntdata",
            "mp3", "mp4", "m4a", "m4v", "wav", "ogg", "oga", "ogv", "webm", "avi", "mov", "wmv", "wma");

    private static ExtractionFailure bomb(String what) {
        return new ExtractionFailure(FailureCode.ZIP_BOMB, "Zip package refused: " + what);
    }
}
