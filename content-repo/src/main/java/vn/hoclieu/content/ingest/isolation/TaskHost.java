package vn.hoclieu.content.ingest.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The supervisor's handle on one child JVM that runs tasks one after another: requests go to its
 * stdin, answers come from its stdout, everything it says otherwise lands in its log. The child's
 * scratch space (its {@code java.io.tmpdir}) and log live in a directory of its own, removed with it.
 */
final class TaskHost {

    /** How a task ended, as seen from outside the child. */
    enum Ending { ANSWERED, DIED, TIMED_OUT }

    private static final Logger LOG = Logger.getLogger(TaskHost.class.getName());
    private static final int LOG_TAIL_CHARS = 1500;

    private final Process process;
    private final Path dir;
    private final int heapMegabytes;
    private final Writer requests;
    // empty = the child closed its stdout: it is dead or dying
    private final BlockingQueue<Optional<String>> answers = new LinkedBlockingQueue<>();
    private int served;
    private long logMark;

    private TaskHost(Process process, Path dir, int heapMegabytes) {
        this.process = process;
        this.dir = dir;
        this.heapMegabytes = heapMegabytes;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("task-host-" + process.pid()).start(this::readAnswers);
    }

    /** Starts a child with {@code command}, which must take {@link #scratch(Path)} of {@code dir} as its tmpdir. */
    static TaskHost start(List<String> command, Path dir, int heapMegabytes) throws IOException {
        Files.createDirectories(scratch(dir));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log(dir).toFile()))
                .start();
        return new TaskHost(process, dir, heapMegabytes);
    }

    static Path scratch(Path dir) {
        return dir.resolve("tmp");
    }

    private static Path log(Path dir) {
        return dir.resolve("host.log");
    }

    long pid() {
        return process.pid();
    }

    int served() {
        return served;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean fits(TaskLimits limits) {
        return limits.heapMegabytes() == heapMegabytes;
    }

    /** Hands the child a task. A child that died meanwhile is noticed by {@link #await}. */
    void send(TaskRequest request) {
        served++;
        logMark = logSize();
        try {
            requests.write(request.line() + "\n");
            requests.flush();
        } catch (IOException deadChild) {
            LOG.fine(() -> "task host " + pid() + " did not take the request: " + deadChild.getMessage());
        }
    }

    Ending await(TaskRequest request, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Optional<String> line = answers.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.isEmpty()) {
                return Ending.DIED;
            }
            if (request.isAnsweredBy(line.get())) {
                return Ending.ANSWERED;
            }
            // anything else is a library printing on the child's stdout: not ours to read
        }
        return Ending.TIMED_OUT;
    }

    /** Once the child died: its exit code (it has closed stdout and is about to end). */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    /** What the child wrote to its log since the last task was sent, at most the last 1 500 characters. */
    String logOfTask() {
        try (RandomAccessFile file = new RandomAccessFile(log(dir).toFile(), "r")) {
            long from = Math.max(logMark, file.length() - LOG_TAIL_CHARS * 4L);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > LOG_TAIL_CHARS ? text.substring(text.length() - LOG_TAIL_CHARS) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Empties the child's tmpdir between tasks: what one task left there is no business of the next. */
    void clearScratch() {
        try (var files = Files.list(scratch(dir))) {
            files.forEach(TaskHost::deleteRecursively);
        } catch (IOException e) {
            LOG.warning("could not clear " + scratch(dir) + ": " + e.getMessage());
        }
    }

    /** Lets an idle child finish on its own (stdin closes, it exits), or kills it after a few seconds. */
    void stop() throws InterruptedException {
        try {
            requests.close();
        } catch (IOException alreadyGone) {
            // the child closed the pipe first: it is ending anyway
        }
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            LOG.warning("task host " + pid() + " did not stop within 2 s of its stdin closing; killing it");
        }
        kill();
    }

    /** Kills the child (a no-op if it has ended) and removes its directory. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        deleteRecursively(dir);
    }

    private void readAnswers() {
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                answers.add(Optional.of(line));
            }
        } catch (IOException e) {
            // the pipe broke: the same as the end of the stream
        } finally {
            answers.add(Optional.empty());
        }
    }

    private long logSize() {
        try {
            return Files.size(log(dir));
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path path) {
        if (Files.notExists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warning("could not delete " + path + ": " + e.getMessage());
        }
    }
}
