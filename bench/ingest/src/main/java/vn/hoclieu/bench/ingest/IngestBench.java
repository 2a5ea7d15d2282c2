package vn.hoclieu.bench.ingest;

import vn.hoclieu.content.extraction.DocumentExtractor;
import vn.hoclieu.content.extraction.ExtractionFailure;
import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Documents per second of our document extraction against raw Tika on the same corpus, in the same
 * JVM, rounds interleaved (ABBA…) so that a noisy machine hurts both alike.
 *
 * <pre>java -cp … vn.hoclieu.bench.ingest.IngestBench [--warmup N] [--rounds N] [--out results.md] [--target dir [--tasks-per-child N]] dir…</pre>
 *
 * <p>With {@code --target}, the whole pipeline ({@link WholePipeline}) runs too, keeping its
 * database and blobs in that directory.
 */
public final class IngestBench {

    private IngestBench() {
    }

    /** Raw Tika first: it is the baseline of every ratio. The whole pipeline only with a target directory for its data. */
    static List<Pipeline> pipelines(Path target, int tasksPerChild) throws Exception {
        return target == null ? List.of(new RawTika(), new OurExtractor())
                : List.of(new RawTika(), new OurExtractor(), new WholePipeline(target, tasksPerChild));
    }

    public static void main(String[] args) throws Exception {
        int warmup = 2;
        int rounds = 5;
        Path out = null;
        Path target = null;
        int tasksPerChild = IsolatedTaskRunner.DEFAULT_TASKS_PER_CHILD;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--target" -> target = Path.of(args[++i]);
                case "--tasks-per-child" -> tasksPerChild = Integer.parseInt(args[++i]);
                default -> dirs.add(Path.of(args[i]));
            }
        }
        String loadBefore = loadAverage();
        List<Path> corpus = corpus(dirs);
        List<Pipeline> pipelines = pipelines(target, tasksPerChild);
        try {
            measure(corpus, pipelines, warmup, rounds, out, loadBefore);
        } finally {
            // MariaDB and the task host are processes: they must not outlive the bench
            for (Pipeline pipeline : pipelines) {
                pipeline.close();
            }
        }
    }

    static void measure(List<Path> corpus, List<Pipeline> pipelines, int warmup, int rounds, Path out, String loadBefore)
            throws Exception {
        Path work = Files.createTempDirectory("ingest-bench");

        log("%d documents, %d warm-up + %d measured rounds, %d pipelines, %d CPUs, load %s",
                corpus.size(), warmup, rounds, pipelines.size(), Runtime.getRuntime().availableProcessors(), loadBefore);
        for (int round = 0; round < warmup; round++) {
            for (Pipeline pipeline : order(pipelines, round)) {
                runRound(pipeline, corpus, work, null);
            }
            log("warm-up round %d done", round + 1);
        }
        Map<Pipeline, List<Double>> docsPerSecond = new LinkedHashMap<>();
        Map<Pipeline, List<Double>> docsPerCpuSecond = new LinkedHashMap<>();
        Map<Pipeline, Map<Path, Long>> nanosPerFile = new LinkedHashMap<>();
        pipelines.forEach(p -> {
            docsPerSecond.put(p, new ArrayList<>());
            docsPerCpuSecond.put(p, new ArrayList<>());
            nanosPerFile.put(p, new LinkedHashMap<>());
        });
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
            for (Pipeline pipeline : order(pipelines, round)) {
                Rate rate = runRound(pipeline, corpus, work, nanosPerFile.get(pipeline));
                docsPerSecond.get(pipeline).add(rate.perWallSecond());
                docsPerCpuSecond.get(pipeline).add(rate.perCpuSecond());
                line.append(String.format(Locale.ROOT, " %s %.2f docs/s (%.2f per CPU-s);", shortName(pipeline),
                        rate.perWallSecond(), rate.perCpuSecond()));
            }
            log("%s", line);
        }
        String loadAfter = loadAverage();
        String report = report(corpus, pipelines, docsPerSecond, docsPerCpuSecond, nanosPerFile, rounds, warmup,
                loadBefore, loadAfter);
        System.out.println(report);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        }
    }

    /** ABBA: even rounds in the listed order, odd rounds reversed. */
    static List<Pipeline> order(List<Pipeline> pipelines, int round) {
        return round % 2 == 0 ? pipelines : pipelines.reversed();
    }

    /** Documents per second of wall time, and per second of CPU time of the whole JVM (GC and JIT included). */
    record Rate(double perWallSecond, double perCpuSecond) {
    }

    /**
     * CPU time is that of this JVM and its child processes ({@link ProcessTreeCpu}): on a machine
     * shared with other work less noisy than wall time, and it sees the task host and MariaDB.
     */
    static Rate runRound(Pipeline pipeline, List<Path> corpus, Path work, Map<Path, Long> nanosPerFile)
            throws Exception {
        pipeline.beforeRound();
        long cpuStart = ProcessTreeCpu.nanos();
        long start = System.nanoTime();
        pipeline.processAll(corpus, work, nanosPerFile == null ? new HashMap<>() : nanosPerFile);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (ProcessTreeCpu.nanos() - cpuStart) / 1e9;
        pipeline.afterRound();
        return new Rate(corpus.size() / wall, corpus.size() / cpu);
    }

    /**
     * Every regular file under the directories that our extractor accepts: refused files (broken,
     * encrypted, legacy or not-accepted formats) cost ours almost nothing and raw Tika a parse, so
     * they would flatter the ratio. They are listed, not measured.
     */
    static List<Path> corpus(List<Path> dirs) throws IOException {
        DocumentExtractor probe = new DocumentExtractor();
        Path work = Files.createTempDirectory("ingest-bench-probe");
        List<Path> accepted = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("BROKEN_")) {
                        log("skip %s: broken on purpose", name);
                        continue;
                    }
                    try {
                        probe.extract(file, work);
                        accepted.add(file);
                    } catch (ExtractionFailure e) {
                        log("skip %s: %s (%s)", name, e.code().code(), e.detail());
                    }
                    clean(work);
                }
            }
        }
        return accepted;
    }

    static String report(List<Path> corpus, List<Pipeline> pipelines, Map<Pipeline, List<Double>> rates,
                         Map<Pipeline, List<Double>> cpuRates, Map<Pipeline, Map<Path, Long>> nanosPerFile,
                         int rounds, int warmup, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder();
        long bytes = corpus.stream().mapToLong(IngestBench::size).sum();
        md.append("## Ingest benchmark: documents per second\n\n");
        md.append(String.format(Locale.ROOT, "%d documents (%.1f MB), %d warm-up + %d measured rounds, interleaved; "
                        + "JDK %s, %d CPUs, max heap %d MB; load average before %s, after %s%n%n",
                corpus.size(), bytes / 1e6, warmup, rounds, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter));
        rateTable(md, "wall time: documents per second", pipelines, rates, rounds);
        rateTable(md, "CPU time of the bench JVM and its child processes (task host, MariaDB): documents per CPU-second",
                pipelines, cpuRates, rounds);
        Pipeline baseline = pipelines.getFirst();
        md.append("### mean wall ms per document (slowest for raw Tika first; for the whole pipeline the worker's time"
                + " on the job: task host, blobs, database)\n\n| document | KB |");
        pipelines.forEach(p -> md.append(" ").append(shortName(p)).append(" ms |"));
        md.append("\n|---|---|");
        pipelines.forEach(p -> md.append("---|"));
        md.append("\n");
        List<Path> slowestFirst = new ArrayList<>(corpus);
        slowestFirst.sort(Comparator.comparingLong((Path f) -> nanosPerFile.get(baseline).get(f)).reversed());
        for (Path file : slowestFirst) {
            md.append("| ").append(file.getParent().getFileName()).append('/').append(file.getFileName())
                    .append(" | ").append(size(file) >> 10).append(" |");
            for (Pipeline p : pipelines) {
                md.append(String.format(Locale.ROOT, " %.1f |", nanosPerFile.get(p).get(file) / 1e6 / rounds));
            }
            md.append("\n");
        }
        return md.toString();
    }

    static void rateTable(StringBuilder md, String title, List<Pipeline> pipelines, Map<Pipeline, List<Double>> rates,
                          int rounds) {
        md.append("### ").append(title).append("\n\n| pipeline | median | min | max | rounds |\n|---|---|---|---|---|\n");
        for (Pipeline pipeline : pipelines) {
            List<Double> r = rates.get(pipeline);
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", pipeline.name(), median(r),
                    r.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    r.stream().mapToDouble(Double::doubleValue).max().orElse(0), format(r)));
        }
        Pipeline baseline = pipelines.getFirst();
        for (Pipeline pipeline : pipelines.subList(1, pipelines.size())) {
            List<Double> perRound = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                perRound.add(rates.get(pipeline).get(i) / rates.get(baseline).get(i));
            }
            md.append(String.format(Locale.ROOT, "%n**ratio %s / %s = %.2f×** (median %s / median %s; per round: %s; goal ≥ 0.8×)%n%n",
                    shortName(pipeline), shortName(baseline), median(rates.get(pipeline)) / median(rates.get(baseline)),
                    shortName(pipeline), shortName(baseline), format(perRound)));
        }
    }

    static String shortName(Pipeline pipeline) {
        return pipeline instanceof RawTika ? "raw" : pipeline instanceof OurExtractor ? "ours"
                : pipeline instanceof WholePipeline ? "pipeline" : pipeline.name();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String format(List<Double> values) {
        return String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static void clean(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
