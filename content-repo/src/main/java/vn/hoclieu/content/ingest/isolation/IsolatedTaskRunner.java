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
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on an untrusted file in a child JVM of its own, with a deadline and a heap cap:
 * a parser that ignores interrupts, a zip bomb or a native crash in FFmpeg kills only the child.
 * The child ({@link IsolatedTaskMain}) writes {@code result.properties} into the work directory;
 * everything else here is reading what happened.
 */
public final class IsolatedTaskRunner {

    public static final String RESULT_FILE = "result.properties";

    private final String classpath;
    private final String java;

    /** Children run with this JVM's own classpath (the worker's) and Java. */
    public IsolatedTaskRunner() {
        this(System.getProperty("java.class.path"), Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    IsolatedTaskRunner(String classpath, String java) {
        this.classpath = classpath;
        this.java = java;
    }

    public TaskOutcome run(String task, Path input, String originalName, Path workDir, TaskLimits limits)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir.resolve("tmp"));
        Path log = workDir.resolve("task.log");
        Process child = new ProcessBuilder(command(task, input, originalName, workDir, limits))
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!child.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return failed(workDir, TaskOutcome.TIMEOUT, "gave up after " + limits.timeout().toSeconds() + " s");
        }
        Map<String, String> result = readResult(workDir);
        if (child.exitValue() == IsolatedTaskMain.EXIT_OUT_OF_MEMORY || tail(log).contains("OutOfMemoryError")) {
            return failed(workDir, TaskOutcome.OUT_OF_MEMORY, "needed more than " + limits.heapMegabytes() + " MB of memory");
        }
        if (result.isEmpty()) {
            return failed(workDir, TaskOutcome.CRASHED, "the task process ended with code " + child.exitValue()
                    + " and no result: " + tail(log));
        }
        Optional<String> code = Optional.ofNullable(result.get("failure.code")).filter(c -> !c.isEmpty());
        return new TaskOutcome(result, workDir, code, result.getOrDefault("failure.detail", ""));
    }

    private List<String> command(String task, Path input, String originalName, Path workDir, TaskLimits limits) {
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + limits.heapMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                // PDFBox's font cache, built once and shared by the children (not in the user's home)
                "-Dpdfbox.fontcache=" + System.getProperty("java.io.tmpdir"),
                "--enable-native-access=ALL-UNNAMED"));
        String javacppCache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (javacppCache != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + javacppCache);
        }
        command.addAll(List.of("-cp", classpath, IsolatedTaskMain.class.getName(), task, input.toString(), workDir.toString(),
                originalName == null ? "" : originalName));
        return command;
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

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 1500 ? text.substring(text.length() - 1500) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
