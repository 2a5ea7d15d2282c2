package vn.hoclieu.core.quiz.model;

import java.util.List;

/**
 * What a pupil answered to one question, in one shape for every type (so it is stored, versioned
 * and sent the same way): the chosen option ids (single, multiple, true/false as {@code "true"} /
 * {@code "false"}), the typed text or number (one value), pairs as {@code "left=right"} (matching),
 * option ids in the pupil's order (ordering), one value per gap (cloze). Empty: not answered.
 */
public record Response(List<String> values) {

    public Response {
        values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    public static Response of(String... values) {
        return new Response(List.of(values));
    }

    public static Response none() {
        return new Response(List.of());
    }

    public boolean isEmpty() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The single value of a one-value answer, or "" when there is none. */
    public String single() {
        return values.size() == 1 ? values.getFirst() : "";
    }
}
