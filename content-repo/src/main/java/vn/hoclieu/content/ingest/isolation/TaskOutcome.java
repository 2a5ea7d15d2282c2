package vn.hoclieu.content.ingest.isolation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What an isolated task left behind: its result properties (written by the child) and its work
 * directory with any files it produced. {@code failureCode} is set when the task failed, whether
 * the child said why ({@code corrupt}, {@code encrypted}, …) or the supervisor saw it die
 * ({@code timeout}, {@code out-of-memory}, {@code crashed}).
 */
public record TaskOutcome(Map<String, String> result, Path workDir, Optional<String> failureCode, String failureDetail) {

    public static final String TIMEOUT = "timeout";
    public static final String OUT_OF_MEMORY = "out-of-memory";
    public static final String CRASHED = "crashed";

    public boolean succeeded() {
        return failureCode.isEmpty();
    }

    /** Failures the child explained are facts about the file: running it again cannot help. */
    public boolean permanent() {
        return failureCode.filter(c -> !c.equals(TIMEOUT) && !c.equals(CRASHED)).isPresent();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(result.get(key)).filter(v -> !v.isEmpty());
    }
}
