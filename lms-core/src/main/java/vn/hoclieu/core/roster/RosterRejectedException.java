package vn.hoclieu.core.roster;

/** An import refused because the file or a row has problems; nothing was written. */
public class RosterRejectedException extends RuntimeException {

    private final transient RosterPreview preview;

    public RosterRejectedException(RosterPreview preview) {
        super("roster refused: " + preview.fileProblems().size() + " file problems, " + preview.rowsWithProblems() + " rows with problems");
        this.preview = preview;
    }

    public RosterPreview preview() {
        return preview;
    }
}
