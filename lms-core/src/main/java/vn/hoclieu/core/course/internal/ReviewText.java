package vn.hoclieu.core.course.internal;

import org.jsoup.Jsoup;

import java.text.Normalizer;

/**
 * A review's text as stored: plain text only (markup dropped, entities decoded), NFC so that
 * accents typed either way compare alike, no control characters but line breaks, at most one empty
 * line in a row; null when nothing is left.
 */
final class ReviewText {

    private ReviewText() {
    }

    static String plain(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        // control characters first: the HTML parser would drop some of them and glue the words around them
        String typedText = typed.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n]]", " ");
        String text = Normalizer.normalize(Jsoup.parseBodyFragment(typedText).body().wholeText(), Normalizer.Form.NFC)
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return text.isEmpty() ? null : text;
    }
}
