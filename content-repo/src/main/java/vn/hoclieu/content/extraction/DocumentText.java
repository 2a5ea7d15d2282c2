package vn.hoclieu.content.extraction;

import java.text.Normalizer;

/** Cleans what Tika wrote and counts its words. */
final class DocumentText {

    private DocumentText() {
    }

    /**
     * NFC (so that "ộ" is one code point whatever the source used), CR/LF to LF, control characters
     * other than tab and LF removed, every line stripped, runs of blank lines reduced to one.
     */
    static String tidy(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        int lineStart = 0;
        boolean pendingBlank = false;
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int from = lineStart;
            int to = lineEnd;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                pendingBlank = !out.isEmpty();
            } else {
                if (!out.isEmpty()) {
                    out.append(pendingBlank ? "\n\n" : "\n");
                }
                pendingBlank = false;
                for (int i = from; i < to; i++) {
                    char c = text.charAt(i);
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
            if (lineEnd < length && text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /**
     * Words separated by white space that hold at least one letter or digit (a Vietnamese syllable
     * counts as one, as word processors count); in Chinese and Japanese, which write no spaces,
     * every ideograph or kana counts as one.
     */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        boolean wordHasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                if (inWord && wordHasLetter) {
                    words++;
                }
                inWord = false;
                wordHasLetter = false;
                words++;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (inWord && wordHasLetter) {
                    words++;
                }
                inWord = false;
                wordHasLetter = false;
            } else {
                inWord = true;
                wordHasLetter |= Character.isLetterOrDigit(cp);
            }
        }
        if (inWord && wordHasLetter) {
            words++;
        }
        return words;
    }

    private static boolean isUnspacedScript(int cp) {
        if (cp < 0x2E80) {   // below the CJK radicals: Latin (Vietnamese), Cyrillic, Arabic, Thai…
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
