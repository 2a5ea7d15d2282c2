package vn.hoclieu.core.quiz;

import java.util.List;

/** What an import of a QTI package or item into a category did: the questions made and what was left out. */
public record QtiReport(int imported, List<Long> questionIds, List<ImportProblem> problems) {
}
