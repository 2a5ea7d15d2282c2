package vn.hoclieu.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One way of ingesting a document, timed by {@link IngestBench}. Add a variant by implementing
 * this and listing it in {@link IngestBench#pipelines}.
 */
interface Pipeline extends AutoCloseable {

    String name();

    /** Processes one file completely; {@code workDir} is empty and private to this call's round. */
    void process(Path file, Path workDir) throws Exception;

    /**
     * Processes the whole corpus (the timed part of a round) and adds each file's own time to
     * {@code nanosPerFile}. By default one file after another; a pipeline with a queue takes the
     * batch at once.
     */
    default void processAll(List<Path> corpus, Path work, Map<Path, Long> nanosPerFile) throws Exception {
        for (Path file : corpus) {
            Path dir = Files.createDirectories(work.resolve("doc"));
            long t0 = System.nanoTime();
            process(file, dir);
            nanosPerFile.merge(file, System.nanoTime() - t0, Long::sum);
            IngestBench.clean(dir);
        }
    }

    /** Untimed set-up before each round. */
    default void beforeRound() throws Exception {
    }

    /** Untimed tear-down after each round. */
    default void afterRound() throws Exception {
    }

    @Override
    default void close() throws Exception {
    }
}
