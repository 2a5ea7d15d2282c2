package vn.hoclieu.core.roster;

import java.util.List;

/**
 * Something wrong with a roster file or one of its rows: a stable code (the web tier words it
 * in the reader's language as {@code roster.problem.<code>}), the column it concerns (or null),
 * and the values the sentence names.
 */
public record RosterProblem(String code, String column, List<Object> arguments) {

    public static RosterProblem of(String code, String column, Object... arguments) {
        return new RosterProblem(code, column, List.of(arguments));
    }
}
