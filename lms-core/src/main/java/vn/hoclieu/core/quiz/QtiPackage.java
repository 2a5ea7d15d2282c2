package vn.hoclieu.core.quiz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An exported QTI 2.1 content package (zip) and the file name to offer it under: the title folded
 * to ASCII (browsers and old Windows unzip tools mangle Vietnamese file names), e.g.
 * {@code "Phân số — lớp 4"} → {@code phan-so-lop-4.qti.zip}.
 */
public record QtiPackage(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/zip";

    public static QtiPackage named(String title, byte[] content) {
        return new QtiPackage(fileName(title), content);
    }

    static String fileName(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = folded.isEmpty() ? "hoclieu" : folded.length() > 80 ? folded.substring(0, 80).replaceAll("-+$", "") : folded;
        return base + ".qti.zip";
    }
}
