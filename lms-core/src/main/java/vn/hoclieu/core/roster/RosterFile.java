package vn.hoclieu.core.roster;

import java.util.Locale;

/** A roster as a school admin uploads it: the bytes and how to read them. */
public record RosterFile(Format format, byte[] content) {

    /** Largest roster file read (2 MiB: some 20,000 CSV rows, far more than a school's pupils). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Most pupils one roster may hold. */
    public static final int MAX_ROWS = 2000;

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format { CSV, XLSX }

    /** The format of a file by media type or, failing that, by name; empty when neither says. */
    public static java.util.Optional<Format> formatOf(String mediaType, String fileName) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith(XLSX_TYPE)) {
            return java.util.Optional.of(Format.XLSX);
        }
        if (type.startsWith(CSV_TYPE) || type.startsWith("application/csv")) {
            return java.util.Optional.of(Format.CSV);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return java.util.Optional.of(Format.XLSX);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return java.util.Optional.of(Format.CSV);
        }
        return java.util.Optional.empty();
    }
}
