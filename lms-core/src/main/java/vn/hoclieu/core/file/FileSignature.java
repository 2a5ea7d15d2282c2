package vn.hoclieu.core.file;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a file's first bytes fit its extension — a sniff of well-known signatures, not a parse
 * (untrusted parsing belongs to the workers). Executables are refused whatever their name; a
 * text file must not look binary; an allowed extension we know no signature for is taken when its
 * bytes are not a known binary type.
 */
public final class FileSignature {

    /** Bytes to read before deciding. */
    public static final int HEAD_BYTES = 512;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final Map<String, List<byte[]>> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", List.of("%PDF-".getBytes())),
            Map.entry("docx", List.of(ZIP)), Map.entry("xlsx", List.of(ZIP)), Map.entry("pptx", List.of(ZIP)),
            Map.entry("odt", List.of(ZIP)), Map.entry("ods", List.of(ZIP)), Map.entry("odp", List.of(ZIP)), Map.entry("zip", List.of(ZIP)),
            Map.entry("doc", List.of(OLE)), Map.entry("xls", List.of(OLE)), Map.entry("ppt", List.of(OLE)),
            Map.entry("jpg", List.of(HexFormat.of().parseHex("ffd8ff"))), Map.entry("jpeg", List.of(HexFormat.of().parseHex("ffd8ff"))),
            Map.entry("png", List.of(HexFormat.of().parseHex("89504e470d0a1a0a"))),
            Map.entry("gif", List.of("GIF87a".getBytes(), "GIF89a".getBytes())),
            Map.entry("mp3", List.of("ID3".getBytes(), HexFormat.of().parseHex("fffb"), HexFormat.of().parseHex("fff3"))));
    private static final List<byte[]> EXECUTABLES = List.of(
            "MZ".getBytes(), HexFormat.of().parseHex("7f454c46"), HexFormat.of().parseHex("cafebabe"),
            HexFormat.of().parseHex("cffaedfe"), HexFormat.of().parseHex("feedfacf"), "#!".getBytes());

    private FileSignature() {
    }

    /** The lower-case extension of a file name, or "" when it has none. */
    public static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code head} (the file's first bytes, up to {@link #HEAD_BYTES}) can be a file of this extension. */
    public static boolean fits(String extension, byte[] head) {
        if (EXECUTABLES.stream().anyMatch(sig -> startsWith(head, sig))) {
            return false;
        }
        List<byte[]> expected = SIGNATURES.get(extension);
        if (expected != null) {
            return expected.stream().anyMatch(sig -> startsWith(head, sig));
        }
        boolean knownBinary = SIGNATURES.values().stream().flatMap(List::stream).anyMatch(sig -> startsWith(head, sig));
        if ("txt".equals(extension) || "csv".equals(extension)) {
            return !knownBinary && !containsZero(head);
        }
        return !knownBinary;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsZero(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
