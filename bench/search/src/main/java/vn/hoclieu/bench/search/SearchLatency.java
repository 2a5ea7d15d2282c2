package vn.hoclieu.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the same searches two ways, interleaved request by request (ours then raw, raw then
 * ours, …), so that a busy moment of the machine falls on both: {@code GET /api/v1/search} of the
 * application (JAX-RS → MaterialIndex → Java client → node → result mapping → JSON-B), and the
 * request our code sends to the node, replayed as captured.
 */
final class SearchLatency {

    /** One search as both sides send it. */
    record Pair(BenchQuery query, HttpRequest ours, HttpRequest raw) {
    }

    record Result(Percentiles ours, Percentiles raw, int errors, double seconds) {
    }

    private static final Pattern OUR_TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern RAW_TOTAL = Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    static Pair pair(BenchQuery query, URI app, URI node, RecordingProxy.Recorded captured) {
        HttpRequest ours = HttpRequest.newBuilder(app.resolve(query.apiPath())).header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30)).GET().build();
        HttpRequest raw = HttpRequest.newBuilder(node.resolve(captured.pathAndQuery()))
            .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofSeconds(30))
            .method(captured.method(), HttpRequest.BodyPublishers.ofByteArray(captured.body())).build();
        return new Pair(query, ours, raw);
    }

    /** The hit count of both answers, to prove both sides ran the same search: {ours, raw}. */
    long[] totals(Pair pair) throws IOException, InterruptedException {
        return new long[] {total(send(pair.ours()), OUR_TOTAL), total(send(pair.raw()), RAW_TOTAL)};
    }

    Result run(List<Pair> pairs, int requestsPerSide, int concurrency) throws Exception {
        long[] ours = new long[requestsPerSide];
        long[] raw = new long[requestsPerSide];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requestsPerSide; ) {
                        Pair pair = pairs.get(i % pairs.size());
                        boolean oursFirst = i % 2 == 0;
                        HttpRequest first = oursFirst ? pair.ours() : pair.raw();
                        HttpRequest second = oursFirst ? pair.raw() : pair.ours();
                        long a = timed(first, errors);
                        long b = timed(second, errors);
                        ours[i] = oursFirst ? a : b;
                        raw[i] = oursFirst ? b : a;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(Percentiles.of(ours), Percentiles.of(raw), errors.get(), seconds);
    }

    private long timed(HttpRequest request, AtomicInteger errors) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            return t;
        } catch (IOException e) {
            errors.incrementAndGet();
            return System.nanoTime() - t0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long total(String body, Pattern pattern) {
        Matcher m = pattern.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
