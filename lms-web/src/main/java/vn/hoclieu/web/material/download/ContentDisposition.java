package vn.hoclieu.web.material.download;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A {@code Content-Disposition} header that keeps Vietnamese file names (RFC 6266 with RFC 8187,
 * formerly 5987): {@code filename*} carries the UTF-8 name for every current browser, and
 * {@code filename} an ASCII form without diacritics for the rest ("Bài giảng.pdf" → "Bai giang.pdf").
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String of(String type, String fileName) {
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    static String asciiFallback(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            // a quoted-string must not hold quotes, backslashes or control characters
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 8187 ext-value: attr-chars stay, every other byte of the UTF-8 form becomes %XX. */
    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
