package vn.hoclieu.core.gradebook;

import java.util.Map;

/**
 * Some cells of a batch broke the rules; nothing of the batch was saved. {@code problems} maps each
 * cell ("columnId:pupilId") to a code: score, test_score, subject_rating, pass_fail, comment_too_long,
 * not_in_class, unknown_column.
 */
public class InvalidMarksException extends GradebookException {

    private final Map<String, String> problems;

    public InvalidMarksException(Map<String, String> problems) {
        super("invalid marks: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
