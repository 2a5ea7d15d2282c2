package vn.hoclieu.content.ingest.isolation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supervisor and its reusable child JVM: reuse, and every way a task can end badly — each
 * followed by a task that must still work, in a fresh child.
 */
class IsolatedTaskRunnerIT {

    private static final TaskLimits GENEROUS = new TaskLimits(Duration.ofSeconds(120), 256);

    @TempDir
    Path work;

    private final List<IsolatedTaskRunner> runners = new ArrayList<>();
    private int tasks;

    @AfterEach
    void closeRunners() throws InterruptedException {
        for (IsolatedTaskRunner runner : runners) {
            runner.close();
        }
    }

    @Test
    void twoDocumentsAreIngestedByOneChild() throws Exception {
        IsolatedTaskRunner runner = remember(new IsolatedTaskRunner());

        TaskOutcome pdf = runner.run("ingest", resource("extraction/vi_debian-maint-guide.vi.pdf"), "Hướng dẫn.pdf", workDir(), GENEROUS);
        long first = runner.childPid().orElseThrow();
        TaskOutcome text = runner.run("ingest", resource("extraction/viwiki_lich-su-viet-nam.txt"), "lịch sử.txt", workDir(), GENEROUS);

        assertThat(pdf.succeeded()).as(pdf.failureDetail()).isTrue();
        assertThat(pdf.get("detected.type")).contains("application/pdf");
        assertThat(pdf.get("rendition.THUMBNAIL.file")).isPresent();
        assertThat(text.succeeded()).as(text.failureDetail()).isTrue();
        assertThat(text.get("language")).contains("vi");
        assertThat(runner.childPid()).as("the same child, still waiting for work").contains(first);
    }

    @Test
    void aFileTheChildRefusesKeepsTheChild() throws Exception {
        IsolatedTaskRunner runner = remember(new IsolatedTaskRunner());
        runner.run("ingest", resource("extraction/viwiki_lich-su-viet-nam.txt"), "a.txt", workDir(), GENEROUS);
        long child = runner.childPid().orElseThrow();

        TaskOutcome encrypted = runner.run("ingest", resource("extraction/ENCRYPTED_forensics_a-text-pass-peanuts_RC4.pdf"),
                "de-thi.pdf", workDir(), GENEROUS);

        assertThat(encrypted.failureCode()).contains("encrypted");
        assertThat(encrypted.permanent()).isTrue();
        assertThat(runner.childPid()).contains(child);
    }

    @Test
    void aTaskPastItsDeadlineIsKilledAndTheNextTaskGetsAFreshChild() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long warm = pidOfNextTask(runner);

        TaskOutcome hung = runner.run("hang", Path.of("/dev/null"), "x.pdf", workDir(), new TaskLimits(Duration.ofSeconds(1), 256));

        assertThat(hung.failureCode()).contains(TaskOutcome.TIMEOUT);
        assertThat(hung.failureDetail()).isEqualTo("gave up after 1 s");
        assertThat(hung.permanent()).as("worth another attempt").isFalse();
        assertThat(ProcessHandle.of(warm).filter(ProcessHandle::isAlive)).as("the hung child is gone").isEmpty();
        assertThat(pidOfNextTask(runner)).isNotEqualTo(warm);
    }

    @Test
    void aChildThatDiesMidTaskIsReportedAsACrashAndReplaced() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long warm = pidOfNextTask(runner);

        TaskOutcome crashed = runner.run("exit", Path.of("/dev/null"), "x.pdf", workDir(), GENEROUS);

        assertThat(crashed.failureCode()).contains(TaskOutcome.CRASHED);
        assertThat(crashed.failureDetail()).startsWith("the task process ended with code 42 and no result: ");
        assertThat(crashed.permanent()).isFalse();
        assertThat(pidOfNextTask(runner)).isNotEqualTo(warm);
    }

    @Test
    void aChildOutOfMemoryIsReportedSoAndReplaced() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        pidOfNextTask(runner, new TaskLimits(Duration.ofSeconds(60), 64));

        TaskOutcome exhausted = runner.run("exhaust-memory", Path.of("/dev/null"), "x.pdf", workDir(), new TaskLimits(Duration.ofSeconds(60), 64));

        assertThat(exhausted.failureCode()).contains(TaskOutcome.OUT_OF_MEMORY);
        assertThat(exhausted.failureDetail()).isEqualTo("needed more than 64 MB of memory");
        assertThat(exhausted.permanent()).as("the file is too big for us, for good").isTrue();
        assertThat(runner.run("ingest", resource("extraction/viwiki_lich-su-viet-nam.txt"), "a.txt", workDir(), GENEROUS).succeeded())
                .isTrue();
    }

    @Test
    void anUnexpectedExceptionIsReportedAsUnreadableAndTheChildIsNotTrustedAgain() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long warm = pidOfNextTask(runner);

        TaskOutcome thrown = runner.run("throw", Path.of("/dev/null"), "x.pdf", workDir(), GENEROUS);

        assertThat(thrown.failureCode()).contains("unreadable");
        assertThat(thrown.failureDetail()).isEqualTo("IllegalStateException: a parser bug");
        assertThat(pidOfNextTask(runner)).isNotEqualTo(warm);
    }

    @Test
    void aChildIsReplacedAfterServingItsShareOfTasks() throws Exception {
        IsolatedTaskRunner runner = misbehaving(2);

        long first = pidOfNextTask(runner);
        long second = pidOfNextTask(runner);
        long third = pidOfNextTask(runner);

        assertThat(second).isEqualTo(first);
        assertThat(third).isNotEqualTo(first);
        assertThat(ProcessHandle.of(first).filter(ProcessHandle::isAlive)).as("the retired child has ended").isEmpty();
    }

    @Test
    void aChildThatLoadedFfmpegIsNotHandedAnotherFile() throws Exception {
        IsolatedTaskRunner runner = remember(new IsolatedTaskRunner());

        TaskOutcome audio = runner.run("ingest", resource("extraction/media/tone.mp3"), "tone.mp3", workDir(), GENEROUS);

        assertThat(audio.succeeded()).as(audio.failureDetail()).isTrue();
        assertThat(audio.get("kind")).contains("AUDIO");
        assertThat(runner.childPid()).as("retired after the audio task").isEmpty();
    }

    @Test
    void aChildKilledWhileIdleIsReplacedBeforeTheNextTask() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long warm = pidOfNextTask(runner);
        ProcessHandle.of(warm).orElseThrow().destroyForcibly();
        ProcessHandle.of(warm).orElseThrow().onExit().get(10, TimeUnit.SECONDS);

        assertThat(pidOfNextTask(runner)).isNotEqualTo(warm);
    }

    @Test
    void anInterruptedTaskKillsItsChild() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long warm = pidOfNextTask(runner);
        Thread waiting = Thread.currentThread();
        CompletableFuture.runAsync(() -> {
            sleep(500);
            waiting.interrupt();
        });

        assertThatThrownBy(() -> runner.run("hang", Path.of("/dev/null"), "x.pdf", workDir(), GENEROUS))
                .isInstanceOf(InterruptedException.class);
        assertThat(ProcessHandle.of(warm).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void closingStopsTheChildAndRefusesFurtherTasks() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long child = pidOfNextTask(runner);

        runner.close();

        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).as("no orphan JVM").isEmpty();
        assertThatThrownBy(() -> pidOfNextTask(runner)).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void closingWhileATaskRunsKillsTheChildAndTheTaskEndsAsInterrupted() throws Exception {
        IsolatedTaskRunner runner = misbehaving(50);
        long child = pidOfNextTask(runner);
        CompletableFuture<TaskOutcome> hung = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run("hang", Path.of("/dev/null"), "x.pdf", workDir(), GENEROUS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        sleep(500);

        runner.close();

        assertThatThrownBy(() -> hung.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(InterruptedException.class);
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
    }

    private IsolatedTaskRunner misbehaving(int tasksPerChild) {
        return remember(new IsolatedTaskRunner(System.getProperty("java.class.path"),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), MisbehavingTaskMain.class.getName(), tasksPerChild));
    }

    private IsolatedTaskRunner remember(IsolatedTaskRunner runner) {
        runners.add(runner);
        return runner;
    }

    private long pidOfNextTask(IsolatedTaskRunner runner) throws Exception {
        return pidOfNextTask(runner, GENEROUS);
    }

    /** The child's own pid, as the "pid" task of {@link MisbehavingTaskMain} reports it. */
    private long pidOfNextTask(IsolatedTaskRunner runner, TaskLimits limits) throws Exception {
        Path text = Files.writeString(work.resolve("note-" + tasks + ".txt"), "Xin chào các em học sinh lớp năm.");
        TaskOutcome outcome = runner.run("pid", text, "note.txt", workDir(), limits);
        assertThat(outcome.succeeded()).as(outcome.failureDetail()).isTrue();
        return Long.parseLong(outcome.get("pid").orElseThrow());
    }

    private Path workDir() throws IOException {
        return Files.createDirectories(work.resolve("task-" + ++tasks));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(IsolatedTaskRunnerIT.class.getResource("/" + name).toURI());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
