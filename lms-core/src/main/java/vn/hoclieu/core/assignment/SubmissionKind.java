package vn.hoclieu.core.assignment;

/** What a pupil hands in: online text, files, or both. */
public enum SubmissionKind {
    TEXT, FILES, TEXT_AND_FILES;

    public boolean takesText() {
        return this != FILES;
    }

    public boolean takesFiles() {
        return this != TEXT;
    }
}
