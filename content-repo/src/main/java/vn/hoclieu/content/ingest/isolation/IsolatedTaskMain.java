package vn.hoclieu.content.ingest.isolation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link IsolatedTaskRunner}, a task host: without arguments it serves
 * {@link TaskRequest}s from stdin one after another (see {@link TaskLoop}); with
 * {@code ingest <input file> <work dir> <original name>} it runs that one task and exits (handy by hand).
 * It reports through {@code result.properties} in the task's work directory.
 */
public final class IsolatedTaskMain {

    /** The exit code -XX:+ExitOnOutOfMemoryError gives (3); the supervisor reads it as out-of-memory. */
    public static final int EXIT_OUT_OF_MEMORY = 3;

    static final IsolatedTask INGEST = (request, report) -> {
        if (!request.task().equals("ingest")) {
            // a supervisor of another version: a programming error, not a fact about the file
            System.err.println("unknown task " + request.task());
            System.exit(2);
        }
        IngestTask.run(request.input(), request.originalName(), report);
    };

    private IsolatedTaskMain() {
    }

    public static void main(String[] args) throws Exception {
        serve(args, INGEST);
    }

    /** Also the entry of test hosts that add misbehaving tasks to the real ones. */
    static void serve(String[] args, IsolatedTask task) throws Exception {
        PrintStream answers = hostStdout();
        if (args.length == 4) {
            new TaskLoop(null, answers, task).runOne(new TaskRequest(0, args[0], Path.of(args[1]), Path.of(args[2]), args[3]));
        } else if (args.length == 0) {
            ParentWatch.haltWhenParentEnds();
            new TaskLoop(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), answers, task).serve();
        } else {
            System.err.println("usage: IsolatedTaskMain [ingest <input file> <work dir> <original file name>]");
            System.exit(2);
        }
        System.exit(0);
    }

    /**
     * Keeps stdout for answers alone: a library that prints to System.out would otherwise mix its
     * words into the protocol. What it prints goes to stderr, the host's log.
     */
    private static PrintStream hostStdout() {
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        return stdout;
    }
}
