package vn.hoclieu.core.assignment;

import java.util.List;

/**
 * A change the assignment's rules or the work's state do not allow (HTTP 409): {@code past_cutoff}
 * (argument: the cut-off), {@code past_due}, {@code not_editable}, {@code too_many_files},
 * {@code stale_version}, {@code empty_submission}, {@code files_not_accepted}, {@code text_not_accepted},
 * {@code not_submitted}.
 */
public class SubmissionRefusedException extends AssignmentException {

    private final String code;
    private final List<Object> arguments;

    public SubmissionRefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
