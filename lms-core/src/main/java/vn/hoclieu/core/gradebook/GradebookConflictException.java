package vn.hoclieu.core.gradebook;

/**
 * A change the gradebook's state forbids: column_exists (a second mid-term column), kind_not_allowed
 * (a kind this subject does not use), not_manual (only paper-test columns are deleted by hand),
 * stale_mark (someone saved the cell since it was shown).
 */
public class GradebookConflictException extends GradebookException {

    private final String code;

    public GradebookConflictException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
