package vn.hoclieu.bench.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One way of ingesting a document, timed by {@link IngestBench}. Add a variant by implementing
 * this and listing it in {@link IngestBench#pipelines}: e.g. the whole pipeline (upload → blob →
 * job → worker child process → database) once the worker's document job exists.
 */
interface Pipeline extends AutoCloseable {

    String name();

    /** Processes one file completely; {@code workDir} is empty and private to this call's round. */
    void process(Path file, Path workDir) throws Exception;

    @Override
    default void close() throws IOException {
    }
}
