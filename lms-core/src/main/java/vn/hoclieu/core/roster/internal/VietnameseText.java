package vn.hoclieu.core.roster.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text as people write it, and folded for comparing ("Họ và tên" ≈ "ho va ten"). */
final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC (files from some systems arrive decomposed), single spaces, trimmed; null for blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        return c.isEmpty() ? null : c;
    }

    /** Lower case without diacritics, đ → d, runs of non-letters and non-digits as one space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }
}
