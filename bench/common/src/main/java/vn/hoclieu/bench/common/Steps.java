package vn.hoclieu.bench.common;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of the successful calls of each step, and the failures by step and reason. */
public final class Steps {

    /** A call answered with an unexpected status, or not at all. */
    public static final class StepFailed extends Exception {
        StepFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    @FunctionalInterface
    public interface Call<T> {
        HttpResponse<T> send() throws Exception;
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    /** Times the call; a status other than {@code expected} counts as a failure of the step and ends the flow. */
    public <T> HttpResponse<T> time(String step, int expected, Call<T> call) throws StepFailed {
        long start = System.nanoTime();
        HttpResponse<T> response;
        try {
            response = call.send();
        } catch (Exception e) {
            throw fail(step, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + abbreviate(e.getMessage())));
        }
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != expected) {
            throw fail(step, "HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(nanos);
        return response;
    }

    /** A duration measured by the caller (a whole visit). */
    public void record(String step, long nanos) {
        latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    /** Counts a failure the caller found in an answer with the expected status; throw the result to end the flow. */
    public StepFailed fail(String step, String reason) {
        failures.computeIfAbsent(step + ": " + reason, s -> new AtomicInteger()).incrementAndGet();
        return new StepFailed(reason);
    }

    public Percentiles of(String step) {
        return Percentiles.of(latencies.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue).toArray());
    }

    public Map<String, AtomicInteger> failures() {
        return failures;
    }

    public int failureCount() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static String abbreviate(Object body) {
        String oneLine = body instanceof String text ? text.replaceAll("\\s+", " ") : body instanceof byte[] bytes ? bytes.length + " bytes" : "";
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }
}
