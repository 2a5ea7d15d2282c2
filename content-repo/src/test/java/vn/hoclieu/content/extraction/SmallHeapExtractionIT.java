package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor in a JVM like the worker's child: {@value #HEAP} heap, headless. Each test starts
 * {@link ExtractOnce} in its own JVM, so an OutOfMemoryError shows as a failed exit instead of
 * breaking the test JVM.
 */
class SmallHeapExtractionIT {

    static final String HEAP = "-Xmx384m";
    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path files;
    private static Path bomb;

    @TempDir
    Path work;

    @BeforeAll
    static void writeBomb() throws IOException {
        bomb = DocxFiles.bomb(files.resolve("bomb.docx"), BadDocumentsTest.BOMB_BYTES);
    }

    record Outcome(int exitCode, String output, long millis) {
        String lastLine() {
            List<String> lines = output.lines().filter(l -> l.startsWith("OK ") || l.startsWith("FAIL ")).toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    @Test
    void zipBombDocxIsRefusedWithoutOutOfMemory() throws Exception {
        Outcome outcome = extractInChild(bomb);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).doesNotContain("OutOfMemoryError");
        assertThat(outcome.lastLine()).startsWith("FAIL zip-bomb ");
    }

    @Test
    void vietnamesePdfWithItsThumbnailFitsTheHeap() throws Exception {
        Outcome outcome = extractInChild(TestFiles.resource(TestFiles.VI_PDF));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.lastLine()).startsWith("OK application/pdf 64 " + work.resolve("thumbnail.png"));
    }

    @Test
    void epubWithItsCoverFitsTheHeap() throws Exception {
        Outcome outcome = extractInChild(TestFiles.resource(TestFiles.EPUB_WITH_COVER));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.lastLine()).startsWith("OK application/epub+zip -1 " + work.resolve("thumbnail.png"));
    }

    private Outcome extractInChild(Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-Djava.awt.headless=true",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ExtractOnce.class.getName(), file.toString(), work.toString()));
        Path log = files.resolve("child-" + System.nanoTime() + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Extraction of " + file + " still running after " + TIMEOUT_SECONDS + " s");
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
                (System.nanoTime() - start) / 1_000_000);
    }
}
