package vn.hoclieu.core.quiz;

import vn.hoclieu.core.quiz.model.Question;

import java.util.List;

/**
 * What a QTI 2.1 package (or a single item file) held: the questions that could be imported, the
 * tests as ordered lists of their questions' source ids, and a report of everything left out or
 * simplified. Nothing here is stored yet; the bank decides.
 */
public record QtiImport(List<Question> questions, List<QtiTest> tests, List<ImportProblem> problems) {

    /** An assessment test: its title and its items' identifiers in order (sections flattened). */
    public record QtiTest(String sourceId, String title, List<String> questionIds) {
    }
}
