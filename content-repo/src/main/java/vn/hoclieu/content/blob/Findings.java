package vn.hoclieu.content.blob;

import java.util.List;

/**
 * Problems of one kind: how many, and the first of them. A store at the wrong path would make
 * every expected blob "missing": the list is capped so a report stays printable, the count is not.
 */
public record Findings<T>(long count, List<T> listed) {

    public Findings {
        listed = List.copyOf(listed);
    }

    public static <T> Findings<T> none() {
        return new Findings<>(0, List.of());
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
