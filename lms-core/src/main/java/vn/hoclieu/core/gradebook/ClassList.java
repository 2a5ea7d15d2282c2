package vn.hoclieu.core.gradebook;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pupils in the order of a Vietnamese class list: by given name (the last word), then by the whole
 * name, with Vietnamese collation — "Lê Minh An" before "K'Bảo" before "Ka Dung".
 */
public final class ClassList {

    private ClassList() {
    }

    public static List<Long> ordered(Map<Long, String> names) {
        Collator vietnamese = Collator.getInstance(Locale.of("vi"));
        Comparator<Long> byGivenName = Comparator.comparing(id -> givenName(names.get(id)), vietnamese);
        return names.keySet().stream()
                .sorted(byGivenName.thenComparing(id -> names.get(id), vietnamese).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    static String givenName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
