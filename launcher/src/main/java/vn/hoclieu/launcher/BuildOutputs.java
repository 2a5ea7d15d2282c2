package vn.hoclieu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The built pieces the launcher runs, found in the checkout's module target directories. */
public record BuildOutputs(Path root) {

    public Path war() {
        return required(root.resolve("lms-web/target/lms-web.war"));
    }

    public Path payaraMicro() {
        Path runtime = root.resolve("launcher/target/runtime");
        try (Stream<Path> files = Files.list(required(runtime))) {
            return files.filter(p -> p.getFileName().toString().matches("payara-micro-.*\\.jar"))
                    .findFirst().orElseThrow(() -> missing(runtime.resolve("payara-micro-*.jar")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worker's classpath: content-repo's classes and the jars maven listed for it. */
    public String workerClasspath() {
        Path classes = required(root.resolve("content-repo/target/classes"));
        Path listed = required(root.resolve("content-repo/target/worker.classpath"));
        try {
            return classes + java.io.File.pathSeparator + Files.readString(listed).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path searchIndexerModule() {
        return required(root.resolve("search-indexer"));
    }

    private static Path required(Path path) {
        if (!Files.exists(path)) {
            throw missing(path);
        }
        return path;
    }

    private static IllegalStateException missing(Path path) {
        return new IllegalStateException(path + " is missing: build first (./hoclieu build, or mvn -B package -DskipTests)");
    }
}
