package vn.hoclieu.content.ingest.worker;

/**
 * A failure as a person should read it, in one line: the messages along the cause chain, each once,
 * then the kind of the innermost cause ("cannot read blob 7f3a: /var/blobs/7f/3a
 * (NoSuchFileException)"). Used for log lines and for the failure reason stored with a job.
 */
final class FailureText {

    private FailureText() {
    }

    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = firstLine(t.getMessage());
            // wrappers often repeat their cause's message (new X(cause) copies cause.toString())
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
            if (t.getCause() == null || t.getCause() == t) {
                String kind = t.getClass().getSimpleName();
                text.append(text.isEmpty() ? kind : " (" + kind + ")");
            }
        }
        return text.toString();
    }

    // further lines are detail blocks (Flyway's SQL state table, server dumps) that drown the point
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String stripped = message.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }
}
