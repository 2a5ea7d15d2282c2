package vn.hoclieu.content.ingest.isolation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Runs tasks on untrusted files in a child JVM, with a deadline per task and a heap cap: a parser
 * that ignores interrupts, a zip bomb or a native crash in FFmpeg kills only the child. The child
 * ({@link IsolatedTaskMain}) is a task host that serves one task after another, so that a small
 * document does not pay a JVM start and Tika's class loading every time; it writes
 * {@code result.properties} into each task's work directory. Everything here is handing out tasks
 * and reading what happened.
 *
 * <p>A child is replaced by a fresh one for the next task when it timed out (killed), died
 * (crash, out of memory), has served {@code tasksPerChild} tasks (slow leaks in parsers cannot
 * pile up), or ran a task that may have left state behind: see {@link #mayLeaveStateBehind}.
 */
public final class IsolatedTaskRunner implements AutoCloseable {

    public static final String RESULT_FILE = "result.properties";
    /**
     * A child's start costs ~6 s on a busy 2-core machine (JVM, Tika's and PDFBox's classes, the
     * language model) plus a few seconds of warm-up: spread over 200 files that is ~40 ms a file,
     * over 50 files it was 4 times the parse of a typical document. Leaks of a parser get 200 files
     * to pile up in a 512 MB heap: 2.5 MB a file before they could matter.
     */
    public static final int DEFAULT_TASKS_PER_CHILD = 200;

    /**
     * FFmpeg's native allocations, threads and codec state are outside the heap cap and out of
     * the JVM's sight; a child that has loaded FFmpeg is not handed another file. A transcode
     * takes seconds to minutes, so a fresh JVM (~1 s) costs it little, while documents — the
     * bulk of the uploads, each a fraction of a second — keep their warm child.
     */
    private static final Set<String> NATIVE_MEDIA_KINDS = Set.of("VIDEO", "AUDIO");

    private final String classpath;
    private final String java;
    private final String hostMain;
    private final int tasksPerChild;
    private final Object hostLock = new Object();
    private TaskHost host; // guarded by hostLock
    private boolean closed; // guarded by hostLock
    private long lastRequestId;

    /** Children run with this JVM's own classpath (the worker's) and Java, each serving up to 200 tasks. */
    public IsolatedTaskRunner() {
        this(DEFAULT_TASKS_PER_CHILD);
    }

    public IsolatedTaskRunner(int tasksPerChild) {
        this(System.getProperty("java.class.path"), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                IsolatedTaskMain.class.getName(), tasksPerChild);
    }

    IsolatedTaskRunner(String classpath, String java, String hostMain, int tasksPerChild) {
        if (tasksPerChild < 1) {
            throw new IllegalArgumentException("a child must serve at least one task, not " + tasksPerChild);
        }
        this.classpath = classpath;
        this.java = java;
        this.hostMain = hostMain;
        this.tasksPerChild = tasksPerChild;
    }

    /** One task at a time: a child runs one task at a time, and the worker has one job in hand. */
    public synchronized TaskOutcome run(String task, Path input, String originalName, Path workDir, TaskLimits limits)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        TaskHost child = hostFor(limits);
        TaskRequest request = new TaskRequest(++lastRequestId, task, input.toAbsolutePath(), workDir.toAbsolutePath(), originalName);
        child.send(request);
        TaskHost.Ending ending;
        try {
            ending = child.await(request, limits.timeout());
        } catch (InterruptedException stopping) {
            retire(child, false);
            throw stopping;
        }
        TaskOutcome outcome = outcome(ending, child, workDir, limits);
        keepOrRetire(child, ending, outcome);
        return outcome;
    }

    /** The child that runs the next task: the current one if it is alive and fits the limits, else a new one. */
    private TaskHost hostFor(TaskLimits limits) throws IOException, InterruptedException {
        synchronized (hostLock) {
            if (closed) {
                throw new IOException("the task runner is closed: the worker is stopping");
            }
            if (host != null && (!host.isAlive() || !host.fits(limits))) {
                host.stop();
                host = null;
            }
            if (host == null) {
                host = startHost(limits);
            }
            return host;
        }
    }

    private TaskHost startHost(TaskLimits limits) throws IOException {
        Path dir = Files.createTempDirectory("task-host-");
        return TaskHost.start(command(dir, limits), dir, limits.heapMegabytes());
    }

    private TaskOutcome outcome(TaskHost.Ending ending, TaskHost child, Path workDir, TaskLimits limits)
            throws IOException, InterruptedException {
        return switch (ending) {
            case TIMED_OUT -> failed(workDir, TaskOutcome.TIMEOUT, "gave up after " + limits.timeout().toSeconds() + " s");
            case DIED -> afterDeath(child, workDir, limits);
            case ANSWERED -> {
                Map<String, String> result = readResult(workDir);
                yield result.isEmpty()
                        ? failed(workDir, TaskOutcome.CRASHED, "the task process answered without a result: " + child.logOfTask())
                        : reported(result, workDir);
            }
        };
    }

    private TaskOutcome afterDeath(TaskHost child, Path workDir, TaskLimits limits) throws IOException, InterruptedException {
        int exitCode = child.exitCode();
        if (isClosed()) {
            // killed by close(): the worker is stopping and gives the job back; not a fact about the file
            throw new InterruptedException("the worker stopped while the task ran");
        }
        String log = child.logOfTask();
        Map<String, String> result = readResult(workDir);
        if (exitCode == IsolatedTaskMain.EXIT_OUT_OF_MEMORY || log.contains("OutOfMemoryError")) {
            return failed(workDir, TaskOutcome.OUT_OF_MEMORY, "needed more than " + limits.heapMegabytes() + " MB of memory");
        }
        if (result.isEmpty()) {
            return failed(workDir, TaskOutcome.CRASHED, "the task process ended with code " + exitCode + " and no result: " + log);
        }
        return reported(result, workDir);
    }

    /** A child that timed out is still busy and is killed; one that answered may serve again. */
    private void keepOrRetire(TaskHost child, TaskHost.Ending ending, TaskOutcome outcome) throws InterruptedException {
        boolean answered = ending == TaskHost.Ending.ANSWERED;
        if (answered && child.served() < tasksPerChild && !mayLeaveStateBehind(outcome)) {
            child.clearScratch();
        } else {
            retire(child, answered);
        }
    }

    /**
     * An unexpected exception ({@code unreadable}, also a StackOverflowError) stopped a parser half-way
     * through code we do not know, perhaps inside a static initialiser or a cache; a video or audio
     * task loaded FFmpeg (see {@link #NATIVE_MEDIA_KINDS}). Failures the child explained (corrupt,
     * encrypted, zip bomb, …) are ordinary ends of a parse and keep the child.
     */
    static boolean mayLeaveStateBehind(TaskOutcome outcome) {
        return outcome.failureCode().filter("unreadable"::equals).isPresent()
                || outcome.get("kind").filter(NATIVE_MEDIA_KINDS::contains).isPresent();
    }

    private void retire(TaskHost child, boolean idle) throws InterruptedException {
        synchronized (hostLock) {
            if (host == child) {
                host = null;
            }
        }
        if (idle) {
            child.stop();
        } else {
            child.kill();
        }
    }

    /** Stops the child (the worker is stopping): an idle one ends on its own, a busy one is killed. */
    @Override
    public void close() throws InterruptedException {
        TaskHost child;
        synchronized (hostLock) {
            closed = true;
            child = host;
            host = null;
        }
        if (child != null) {
            child.stop();
        }
    }

    private boolean isClosed() {
        synchronized (hostLock) {
            return closed;
        }
    }

    /** The pid of the child that would run the next task, if one is running (for tests and logs). */
    Optional<Long> childPid() {
        synchronized (hostLock) {
            return Optional.ofNullable(host).filter(TaskHost::isAlive).map(TaskHost::pid);
        }
    }

    private List<String> command(Path hostDir, TaskLimits limits) {
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + limits.heapMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto",
                // C1 alone: measured on 2 cores, a child is at full speed after ~26 documents instead
                // of ~80, using 40 % less CPU, and C2's peak was no faster on documents
                "-XX:TieredStopAtLevel=1",
                // the JVM's own words (out-of-memory, fatal errors, warnings) go to stdout by default,
                // the answers' channel, where nobody would read them: into the log, for crash details
                "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Djava.io.tmpdir=" + TaskHost.scratch(hostDir),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                // PDFBox's font cache, built once and shared by the children (not in the user's home)
                "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                "--enable-native-access=ALL-UNNAMED"));
        String javacppCache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (javacppCache != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + javacppCache);
        }
        command.addAll(List.of("-cp", classpath, hostMain));
        return command;
    }

    private static TaskOutcome reported(Map<String, String> result, Path workDir) {
        Optional<String> code = Optional.ofNullable(result.get("failure.code")).filter(c -> !c.isEmpty());
        return new TaskOutcome(result, workDir, code, result.getOrDefault("failure.detail", ""));
    }

    private static TaskOutcome failed(Path workDir, String code, String detail) {
        return new TaskOutcome(Map.of(), workDir, Optional.of(code), detail);
    }

    private static Map<String, String> readResult(Path workDir) throws IOException {
        Path file = workDir.resolve(RESULT_FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> result = new HashMap<>();
        p.stringPropertyNames().forEach(k -> result.put(k, p.getProperty(k)));
        return result;
    }
}
