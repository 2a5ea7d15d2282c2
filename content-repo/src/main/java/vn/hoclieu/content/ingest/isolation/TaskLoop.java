package vn.hoclieu.content.ingest.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child's side of the task host: reads one request at a time, runs it, writes its report and
 * answers. Ends when the supervisor closes stdin (the worker stopped, or retires this child).
 * An unexpected error of a task is reported as {@code unreadable}, so that even a parser bug ends
 * in a readable failure; the supervisor then retires this child, whose state it no longer trusts.
 */
final class TaskLoop {

    private final BufferedReader requests;
    private final PrintStream answers;
    private final IsolatedTask task;

    TaskLoop(BufferedReader requests, PrintStream answers, IsolatedTask task) {
        this.requests = requests;
        this.answers = answers;
        this.task = task;
    }

    void serve() throws IOException {
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            TaskRequest request = TaskRequest.parse(line);
            runOne(request);
            answers.println(request.answer());
            answers.flush();
        }
    }

    void runOne(TaskRequest request) throws IOException {
        Path workDir = request.workDir().toAbsolutePath().normalize();
        TaskReport report = new TaskReport(workDir);
        try {
            task.run(request, report);
        } catch (Exception | StackOverflowError e) {
            report.failure("unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        report.write();
    }
}
