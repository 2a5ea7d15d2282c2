package vn.hoclieu.content.ingest.isolation;

import java.nio.file.Path;

/**
 * The child JVM of {@link IsolatedTaskRunner}: {@code IsolatedTaskMain ingest <input file> <work dir> <original name>}.
 * It reports through {@code result.properties}; an unexpected error is reported as {@code unreadable}
 * so that even a parser bug ends in a readable failure instead of a silent crash.
 */
public final class IsolatedTaskMain {

    /** The exit code -XX:+ExitOnOutOfMemoryError gives (3); the supervisor reads it as out-of-memory. */
    public static final int EXIT_OUT_OF_MEMORY = 3;

    private IsolatedTaskMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[0].equals("ingest")) {
            System.err.println("usage: IsolatedTaskMain ingest <input file> <work dir> <original file name>");
            System.exit(2);
        }
        Path input = Path.of(args[1]);
        Path workDir = Path.of(args[2]).toAbsolutePath().normalize();
        TaskReport report = new TaskReport(workDir);
        try {
            IngestTask.run(input, args[3], report);
        } catch (Exception | StackOverflowError e) {
            report.failure("unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        report.write();
        System.exit(0);
    }
}
