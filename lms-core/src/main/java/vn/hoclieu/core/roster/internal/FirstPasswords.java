package vn.hoclieu.core.roster.internal;

import java.security.SecureRandom;

/**
 * First passwords a child can type from a printed card on a shared phone: 8 characters, lower-case
 * letters and digits without the ones people misread (l/1, o/0, i/j), about 40 bits of chance.
 * Enough for a first password the pupil is asked to replace; sign-ins are throttled. The school
 * structure's new teachers get theirs the same way.
 */
public final class FirstPasswords {

    static final String ALPHABET = "abcdefghkmnpqrstuvwxyz23456789";
    static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstPasswords() {
    }

    public static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
