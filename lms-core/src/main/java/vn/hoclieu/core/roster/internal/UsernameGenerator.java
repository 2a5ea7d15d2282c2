package vn.hoclieu.core.roster.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Usernames for pupils as the demo school has them: {@code hs.} and the given name (the last word
 * of a Vietnamese full name) folded to ASCII — "Nguyễn Thị Ánh" → {@code hs.anh} —, then
 * {@code hs.anh2}, {@code hs.anh3}… when taken in the district or earlier in the same file.
 * Always matches the pattern of self-chosen usernames, {@code [a-z0-9][a-z0-9._-]{2,31}}.
 * Teachers the school adds get {@code gv.} the same way ({@link #TEACHER_PREFIX}).
 */
public final class UsernameGenerator {

    static final String PREFIX = "hs.";
    public static final String TEACHER_PREFIX = "gv.";

    private final String prefix;
    private final Predicate<String> takenElsewhere;
    private final Set<String> given = new HashSet<>();

    UsernameGenerator(Predicate<String> takenElsewhere) {
        this(PREFIX, takenElsewhere);
    }

    public UsernameGenerator(String prefix, Predicate<String> takenElsewhere) {
        this.prefix = prefix;
        this.takenElsewhere = takenElsewhere;
    }

    public String next(String fullName) {
        String base = prefix + givenName(fullName);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + n;
            if (!given.contains(candidate) && !takenElsewhere.test(candidate)) {
                given.add(candidate);
                return candidate;
            }
        }
    }

    static String givenName(String fullName) {
        String folded = VietnameseText.fold(fullName);
        String[] words = folded.split(" ");
        String last = words[words.length - 1];
        if (last.isEmpty()) {
            return "hocsinh";
        }
        return last.length() > 24 ? last.substring(0, 24) : last;
    }
}
