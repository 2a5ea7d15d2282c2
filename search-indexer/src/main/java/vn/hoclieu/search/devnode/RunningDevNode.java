package vn.hoclieu.search.devnode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A started dev node. Keep this handle while the node should run: dropping it lets the JVM close
 * the child's stdin, and the node then shuts itself down.
 */
public final class RunningDevNode implements AutoCloseable {

    private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final int httpPort;
    private final Path output;

    RunningDevNode(Process process, int httpPort, Path output) {
        this.process = process;
        this.httpPort = httpPort;
        this.output = output;
    }

    public long pid() {
        return process.pid();
    }

    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Console output of the node (its log) — what to read when something goes wrong. */
    public Path output() {
        return output;
    }

    /**
     * Waits until the cluster health is green or yellow. Fails at once, with the log tail, if the
     * node process dies; fails with the log tail when the time is up (the node keeps running).
     */
    public void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(httpUri().resolve("/_cluster/health")).timeout(Duration.ofSeconds(2)).build();
        String lastProblem = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dev node exited with code " + process.exitValue() + " before it was healthy; last log lines:\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && HEALTHY.matcher(response.body()).find()) {
                    return;
                }
                lastProblem = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (ConnectException e) {
                lastProblem = "connection refused"; // still starting
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the dev node", e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("dev node not healthy within " + timeout + " (" + lastProblem + "); last log lines:\n" + logTail());
    }

    /** SIGTERM (the node closes cleanly, keeping its data), then SIGKILL after 30 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log at " + output + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the dev node", e);
        }
    }
}
