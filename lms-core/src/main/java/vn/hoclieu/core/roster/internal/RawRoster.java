package vn.hoclieu.core.roster.internal;

import vn.hoclieu.core.roster.RosterProblem;

import java.util.List;
import java.util.Map;

/**
 * A roster file as read, before any check of its values: either a problem with the whole file,
 * or its rows by column. A cell is a String, or a LocalDate when a spreadsheet stored a real date.
 */
record RawRoster(RosterProblem fileProblem, List<Row> rows) {

    record Row(int line, Map<RosterColumn, Object> cells) {
    }

    static RawRoster problem(String code, Object... arguments) {
        return new RawRoster(RosterProblem.of(code, null, arguments), List.of());
    }
}
