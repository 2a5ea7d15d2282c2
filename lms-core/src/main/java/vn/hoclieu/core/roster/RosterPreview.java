package vn.hoclieu.core.roster;

import java.util.List;

/** What an import of this file would do, and everything that stops it. Nothing has been written. */
public record RosterPreview(List<RosterProblem> fileProblems, List<RosterRow> rows) {

    /** Only a file without any problem, in the file or in a row, is imported (all or nothing). */
    public boolean importable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(RosterRow::valid);
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    static RosterPreview ofFileProblem(RosterProblem problem) {
        return new RosterPreview(List.of(problem), List.of());
    }
}
