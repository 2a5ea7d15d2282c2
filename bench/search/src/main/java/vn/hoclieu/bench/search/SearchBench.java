package vn.hoclieu.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.hoclieu.launcher.Stack;
import vn.hoclieu.launcher.StackSettings;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchConnection;
import vn.hoclieu.search.SearchEndpoint;
import vn.hoclieu.search.devnode.DevNodeProcess;
import vn.hoclieu.search.devnode.RunningDevNode;
import vn.hoclieu.search.internal.MaterialIndexDefinition;
import vn.hoclieu.search.outbox.Reindex;

/**
 * bench/search: indexing throughput of our bulk path vs raw {@code _bulk}, search latency of
 * {@code /api/v1/search} vs the same request sent raw to the node, RSS. See bench/search/README.md.
 * Arguments are {@code --name value} pairs (run.sh passes them from its knobs).
 */
public final class SearchBench {

    /** Every round writes documents with this external version: fresh indices, so any version would do. */
    static final long VERSION = 1;

    private final Map<String, String> args;
    private final Path root;
    private final Path target;
    private final StringBuilder report = new StringBuilder();
    private RunningDevNode node;
    private SearchConnection connection;
    private MaterialIndex index;
    private MaterialGenerator generator;
    private volatile Stack stack;

    private SearchBench(Map<String, String> args) {
        this.args = args;
        this.root = Path.of(args.get("root")).toAbsolutePath().normalize();
        this.target = Path.of(args.get("target")).toAbsolutePath().normalize();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        SearchBench bench = new SearchBench(args);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopEverything));
        int status = 1;
        try {
            bench.run();
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            bench.stopEverything();
        }
        // a client's I/O threads (e.g. of a connection that failed half-way) must not keep the JVM alive
        System.exit(status);
    }

    private int number(String name) {
        return Integer.parseInt(args.get(name));
    }

    private void run() throws Exception {
        String loadBefore = ProcessMemory.loadAverage();
        Vocabulary words = Vocabulary.fromFiles(Vocabulary.vietnameseFiles(Path.of(args.get("corpus"))));
        generator = new MaterialGenerator(words, MaterialGenerator.subjectNames(root), Long.parseLong(args.get("seed")));
        progress("vocabulary: " + words.size() + " syllables of corpus text");

        Path module = root.resolve("search-indexer");
        node = new DevNodeProcess(module, target.resolve("es"), number("es-port")).start();
        node.awaitHealthy(Duration.ofMinutes(3));
        connection = SearchConnection.open(SearchEndpoint.of(node.httpUri()));
        index = MaterialIndex.on(connection);
        progress("Elasticsearch dev node pid " + node.pid() + " at " + node.httpUri() + ", RSS " + ProcessMemory.rssMib(node.pid()) + " MiB");

        heading();
        int docs = number("docs");
        Optional<String> kept = "1".equals(args.get("reuse-index")) ? loadedIndex(docs) : Optional.empty();
        String full;
        Map<String, String> rss = new java.util.LinkedHashMap<>();
        if (kept.isPresent()) {
            full = kept.get();
            report.append("\nIndex `").append(full).append("` with ").append(docs)
                .append(" materials kept from an earlier run (`REUSE_INDEX=1`): indexing not measured in this run.\n");
            rss.put("Elasticsearch dev node, after start on the kept index", ProcessMemory.rss(node.pid()));
        } else {
            indexingRounds();
            full = fullLoad(docs);
            rss.put("Elasticsearch dev node, after indexing (" + docs + " materials behind the alias)", ProcessMemory.rss(node.pid()));
        }
        if (!"0".equals(args.get("search"))) {
            searchLatency(full, docs, rss);
        }
        report.append("\n### Memory (from /proc/<pid>/status: VmRSS = RssAnon + RssFile + RssShmem)\n\n| process | VmRSS MiB (anonymous / file-backed) |\n|---|---|\n");
        rss.forEach((what, mib) -> report.append("| ").append(what).append(" | ").append(mib).append(" |\n"));
        report.append("\nLoad average before: ").append(loadBefore).append("; after: ").append(ProcessMemory.loadAverage()).append(".\n");
        Files.writeString(target.resolve("results.md"), report);
        System.out.print(report);
    }

    private void heading() {
        report.append("## bench/search, ").append(LocalDate.now()).append("\n\n")
            .append("JDK ").append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
            .append(" CPUs; dev node heap 512 MB (its default); seed ").append(args.get("seed")).append(".\n");
    }

    // ---------------------------------------------------------------- indexing

    /** The same documents, raw _bulk and ours, into fresh indices of the real definition, alternating which goes first. */
    private void indexingRounds() throws Exception {
        int roundDocs = number("round-docs");
        int warmup = number("warmup-rounds");
        int rounds = number("rounds");
        RawBulk raw = new RawBulk(node.httpUri(), connection.client()._jsonpMapper());
        List<double[]> measured = new ArrayList<>(); // {raw docs/s, ours docs/s, MB}
        for (int round = 0; round < warmup + rounds; round++) {
            boolean rawFirst = round % 2 == 0;
            double rawRate = 0;
            double ourRate = 0;
            double[] mb = new double[1];
            for (boolean rawTurn : new boolean[] {rawFirst, !rawFirst}) {
                String name = "bench-" + (rawTurn ? "raw" : "ours") + "-" + round;
                double seconds = indexInto(name, roundDocs, rawTurn ? raw : null, mb);
                double rate = roundDocs / seconds;
                if (rawTurn) {
                    rawRate = rate;
                } else {
                    ourRate = rate;
                }
                deleteIndex(name);
            }
            boolean counted = round >= warmup;
            progress(String.format("indexing round %d%s: raw %.0f docs/s, ours %.0f docs/s (%.2f×)",
                round, counted ? "" : " (warm-up)", rawRate, ourRate, ourRate / rawRate));
            if (counted) {
                measured.add(new double[] {rawRate, ourRate, mb[0]});
            }
        }
        report.append("\n### Bulk indexing, ").append(roundDocs).append(" materials per round (")
            .append(String.format("%.0f MB of source JSON", measured.getFirst()[2])).append("), ")
            .append(warmup).append(" warm-up + ").append(rounds).append(" measured rounds\n\n")
            .append("| round | raw `_bulk` docs/s | ours (`MaterialIndex.write`) docs/s | ours / raw |\n|---|---|---|---|\n");
        for (int i = 0; i < measured.size(); i++) {
            double[] m = measured.get(i);
            report.append(String.format("| %d | %.0f | %.0f | %.2f× |%n", i + 1, m[0], m[1], m[1] / m[0]));
        }
        double rawMedian = median(measured.stream().mapToDouble(m -> m[0]).toArray());
        double ourMedian = median(measured.stream().mapToDouble(m -> m[1]).toArray());
        double ratioMedian = median(measured.stream().mapToDouble(m -> m[1] / m[0]).toArray());
        report.append(String.format("| **median** | **%.0f** | **%.0f** | **%.2f×** (median of the rounds' ratios) |%n",
            rawMedian, ourMedian, ratioMedian));
        rawIndexingMedian = rawMedian;
    }

    private double rawIndexingMedian;

    /**
     * Writes materials 0…docs-1 into a fresh index in bulks bounded like the reindex's, and returns
     * the seconds spent in the bulk requests plus the final refresh. Generating the documents (and,
     * for the raw side, the NDJSON) is not timed.
     *
     * @param raw the raw side, or null for ours
     */
    private double indexInto(String name, int docs, RawBulk raw, double[] mbOut) throws Exception {
        connection.client().indices().create(MaterialIndexDefinition.createRequest(name, false));
        long nanos = 0;
        long bytes = 0;
        List<IndexWrite> batch = new ArrayList<>();
        long textChars = 0;
        for (int n = 0; n < docs; n++) {
            IndexWrite write = IndexWrite.put(generator.document(n), VERSION);
            batch.add(write);
            textChars += write.textLength();
            if (Reindex.isFull(batch.size(), textChars) || n == docs - 1) {
                if (raw != null) {
                    byte[] ndjson = raw.ndjson(name, batch);
                    bytes += ndjson.length;
                    long t0 = System.nanoTime();
                    raw.send(ndjson);
                    nanos += System.nanoTime() - t0;
                } else {
                    long t0 = System.nanoTime();
                    index.write(name, batch);
                    nanos += System.nanoTime() - t0;
                }
                batch = new ArrayList<>();
                textChars = 0;
            }
        }
        long t0 = System.nanoTime();
        connection.client().indices().refresh(r -> r.index(name));
        nanos += System.nanoTime() - t0;
        long count = connection.client().count(c -> c.index(name)).count();
        if (count != docs) {
            throw new IllegalStateException(name + " holds " + count + " documents, expected " + docs);
        }
        if (raw != null) {
            mbOut[0] = bytes / 1e6;
        }
        return nanos / 1e9;
    }

    /** The index behind the alias when it holds exactly {@code docs} materials (kept from an earlier run). */
    private Optional<String> loadedIndex(int docs) throws IOException {
        var indices = connection.client().indices();
        if (!indices.existsAlias(a -> a.name(MaterialIndex.ALIAS)).value()) {
            return Optional.empty();
        }
        var behind = indices.getAlias(a -> a.name(MaterialIndex.ALIAS)).aliases().keySet();
        long count = connection.client().count(c -> c.index(MaterialIndex.ALIAS)).count();
        progress("kept index " + behind + " holds " + count + " materials");
        return behind.size() == 1 && count == docs ? Optional.of(behind.iterator().next()) : Optional.empty();
    }

    /** All materials through our bulk path into an index of the current definition, then behind the alias. */
    private String fullLoad(int docs) throws Exception {
        String name = MaterialIndexDefinition.nextName();
        progress("loading " + docs + " materials into " + name + " (ours)");
        double seconds = indexInto(name, docs, null, new double[1]);
        index.swapAliasTo(name);
        double rate = docs / seconds;
        progress(String.format("full load: %.0f docs/s", rate));
        report.append(String.format("%nFull load of the search index, %d materials through ours: %.0f s in bulk requests, "
            + "%.0f docs/s (%.2f× the raw median of the rounds above: a bigger index merges more).%n",
            docs, seconds, rate, rate / rawIndexingMedian));
        return name;
    }

    private void deleteIndex(String name) throws IOException {
        connection.client().indices().delete(d -> d.index(name));
    }

    // ---------------------------------------------------------------- search

    private void searchLatency(String fullIndex, int docs, Map<String, String> rss) throws Exception {
        Path var = target.resolve("var");
        StackSettings settings = new StackSettings(root, var, number("http-port"), number("db-port"), number("es-port"),
            Optional.empty(), Optional.of(node.httpUri().toString()), false, "hoclieu", Map.of());
        progress("starting the application (MariaDB, worker, Payara Micro) against " + node.httpUri());
        stack = Stack.prepare(settings, message -> progress("stack: " + message));
        stack.startAll();
        // the application's index bootstrap runs every 10 s: let it run, then make sure it kept our index
        Thread.sleep(15_000);
        var aliases = connection.client().indices().getAlias(a -> a.name(MaterialIndex.ALIAS)).aliases().keySet();
        long count = connection.client().count(c -> c.index(MaterialIndex.ALIAS)).count();
        if (!aliases.equals(java.util.Set.of(fullIndex)) || count != docs) {
            throw new IllegalStateException("the application changed the index: alias on " + aliases + ", " + count + " documents");
        }
        java.net.URI app = java.net.URI.create(stack.url());
        List<SearchLatency.Pair> pairs = capture(app);
        SearchLatency latency = new SearchLatency();
        int mismatches = 0;
        for (SearchLatency.Pair pair : pairs) {
            long[] totals = latency.totals(pair);
            if (totals[0] != totals[1]) {
                mismatches++;
                progress("hit counts differ for " + pair.query() + ": ours " + totals[0] + ", raw " + totals[1]);
            }
        }
        int requests = number("requests");
        latency.run(pairs, number("warmup-requests"), 1);
        report.append("\n### Search latency, ").append(pairs.size()).append(" searches over ").append(docs)
            .append(" materials, ").append(requests).append(" requests per side per level after ")
            .append(args.get("warmup-requests")).append(" warm-up pairs; hit counts equal on both sides for ")
            .append(pairs.size() - mismatches).append(" of ").append(pairs.size()).append(" searches\n\n")
            .append("| concurrency | side | p50 ms | p95 ms | p99 ms | mean ms |\n|---|---|---|---|---|---|\n");
        for (String level : args.get("concurrency").split(",")) {
            int c = Integer.parseInt(level.strip());
            SearchLatency.Result r = latency.run(pairs, requests, c);
            progress(String.format("concurrency %d: ours p50/p95/p99 %.1f/%.1f/%.1f ms, raw %.1f/%.1f/%.1f ms, %d errors",
                c, r.ours().ms(50), r.ours().ms(95), r.ours().ms(99), r.raw().ms(50), r.raw().ms(95), r.raw().ms(99), r.errors()));
            row(c, "ours (`GET /api/v1/search`)", r.ours());
            row(c, "raw (same request to the node)", r.raw());
            report.append(String.format("| %d | **ours / raw** | **%.2f×** | **%.2f×** | **%.2f×** | %.2f× |%n", c,
                r.ours().ms(50) / r.raw().ms(50), r.ours().ms(95) / r.raw().ms(95), r.ours().ms(99) / r.raw().ms(99),
                r.ours().meanMs() / r.raw().meanMs()));
            if (r.errors() > 0) {
                report.append("| ").append(c).append(" | errors | ").append(r.errors()).append(" | | | |\n");
            }
        }
        rss.put("Elasticsearch dev node, after the search runs", ProcessMemory.rss(node.pid()));
        Stack running = stack;
        Long payara = running == null ? null : running.pids().get("payara");
        rss.put("Payara Micro (lms-web), after the search runs", payara == null ? "?" : ProcessMemory.rss(payara));
    }

    private void row(int concurrency, String side, Percentiles p) {
        report.append(String.format("| %d | %s | %.1f | %.1f | %.1f | %.1f |%n", concurrency, side, p.ms(50), p.ms(95), p.ms(99), p.meanMs()));
    }

    /**
     * Runs each search through our ElasticsearchMaterialIndex behind the recording proxy: the raw
     * side replays what it sent. The captured requests are kept in target/captured-searches.txt.
     */
    private List<SearchLatency.Pair> capture(java.net.URI app) throws IOException {
        List<SearchLatency.Pair> pairs = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        try (RecordingProxy proxy = new RecordingProxy(node.httpUri());
             SearchConnection viaProxy = SearchConnection.open(SearchEndpoint.of(proxy.uri()))) {
            MaterialIndex recorded = MaterialIndex.on(viaProxy);
            for (BenchQuery query : BenchQuery.fixedList()) {
                proxy.clear();
                recorded.search(query.searchQuery());
                RecordingProxy.Recorded request = proxy.recorded().stream().filter(r -> r.pathAndQuery().contains("/_search"))
                    .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no _search request seen for " + query));
                pairs.add(SearchLatency.pair(query, app, node.httpUri(), request));
                log.append("# ours: GET ").append(query.apiPath()).append("\n# raw:  ").append(request.method()).append(' ')
                    .append(request.pathAndQuery()).append('\n')
                    .append(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        Files.writeString(target.resolve("captured-searches.txt"), log);
        return pairs;
    }

    // ---------------------------------------------------------------- helpers

    private synchronized void stopEverything() {
        Stack s = stack;
        stack = null;
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                progress("stopping the stack: " + e.getMessage());
            }
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (node != null) {
            node.stop();
            node = null;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
