package vn.hoclieu.content.blob;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What {@link BlobIntegrityCheck} found.
 *
 * @param expectedChecked how many expected ids were looked for; empty when none were given
 * @param staleTemporary  files in {@code tmp/} older than a day: left by writers that died; safe to delete
 */
public record IntegrityReport(long blobsChecked, long bytesChecked, Findings<CorruptBlob> corrupt,
                              OptionalLong expectedChecked, Findings<BlobId> missing,
                              Findings<Path> unexpected, Findings<Path> staleTemporary) {

    public boolean clean() {
        return corrupt.isEmpty() && missing.isEmpty() && unexpected.isEmpty() && staleTemporary.isEmpty();
    }

    /** Several lines for people: the counts, then what was found. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Re-hashed ").append(blobsChecked).append(" blobs, ").append(readableBytes(bytesChecked)).append('\n');
        section(text, "corrupt (content does not match the name)", corrupt,
                blob -> blob.id() + ": " + blob.finding());
        if (expectedChecked.isPresent()) {
            section(text, "missing (expected by the database, absent from the store; "
                    + expectedChecked.getAsLong() + " expected)", missing, BlobId::toString);
        } else {
            text.append("missing: not looked for (no expected ids given)\n");
        }
        section(text, "unexpected files (not a blob in its place)", unexpected, Path::toString);
        section(text, "stale temporary files (left by interrupted writes, safe to delete)", staleTemporary, Path::toString);
        text.append(clean() ? "Result: clean" : "Result: PROBLEMS FOUND");
        return text.toString();
    }

    private static <T> void section(StringBuilder text, String title, Findings<T> findings,
                                    Function<T, String> line) {
        text.append(title).append(": ").append(findings.count()).append('\n');
        findings.listed().forEach(item -> text.append("  ").append(line.apply(item)).append('\n'));
        long unlisted = findings.count() - findings.listed().size();
        if (unlisted > 0) {
            text.append("  … and ").append(unlisted).append(" more\n");
        }
    }

    static String readableBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
