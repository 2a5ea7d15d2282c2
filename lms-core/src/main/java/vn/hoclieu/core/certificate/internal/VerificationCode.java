package vn.hoclieu.core.certificate.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A certificate's code: 16 Crockford base32 symbols, shown as {@code HL-XXXX-XXXX-XXXX-XXXX}.
 * <ul>
 * <li>8 symbols of serial: 40 random bits, so codes cannot be enumerated;</li>
 * <li>4 symbols of gate: an HMAC of the serial, checked before any database lookup, so a forged
 *     code or one with a changed symbol fails (a random guess passes one time in a million);</li>
 * <li>4 symbols of seal: an HMAC of the serial and the printed fields, checked against the stored
 *     row, so a code cannot be paired with edited fields.</li>
 * </ul>
 * Crockford's alphabet has no I, L, O or U; typed I and L read as 1, O as 0, so a code read aloud
 * or off a poor print still checks.
 */
final class VerificationCode {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "HL";

    private final byte[] secret;

    VerificationCode(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a certificate secret needs at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** A fresh code for these printed fields. */
    String mint(SecureRandom random, PrintedFields fields) {
        byte[] serialBits = new byte[5];
        random.nextBytes(serialBits);
        String serial = symbols(serialBits, 8);
        return serial + gate(serial) + seal(serial, fields);
    }

    /** The code as typed, canonical (16 symbols, upper case), if it is well formed and passes the gate. */
    Optional<String> admit(String typed) {
        return canonical(typed).filter(code -> constantTimeEquals(code.substring(8, 12), gate(code.substring(0, 8))));
    }

    /** The stored row's fields are the ones the code was minted for. */
    boolean seals(String code, PrintedFields fields) {
        return constantTimeEquals(code.substring(12), seal(code.substring(0, 8), fields));
    }

    /** Any case, dashes, spaces and the HL prefix allowed; I/L read as 1 and O as 0. */
    static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (s.length() == LENGTH + PREFIX.length() && s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        if (s.length() != LENGTH) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : s.toCharArray()) {
            char read = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            out.append(read);
        }
        return Optional.of(out.toString());
    }

    /** HL-XXXX-XXXX-XXXX-XXXX. */
    static String grouped(String code) {
        return PREFIX + "-" + code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    private String gate(String serial) {
        return symbols(hmac("gate|" + serial), 4);
    }

    private String seal(String serial, PrintedFields fields) {
        return symbols(hmac("seal|" + serial + "|" + fields.canonical()), 4);
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The first {@code count} × 5 bits of {@code bytes} as base32 symbols. */
    private static String symbols(byte[] bytes, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            int value = 0;
            for (int bit = i * 5; bit < i * 5 + 5; bit++) {
                value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
            }
            out.append(ALPHABET.charAt(value));
        }
        return out.toString();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
