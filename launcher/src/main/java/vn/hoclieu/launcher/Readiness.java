package vn.hoclieu.launcher;

import vn.hoclieu.devstack.ChildProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits for a health endpoint to answer 200, failing early (with the log) if the process died. */
final class Readiness {

    /** What Payara logs when the WAR did not deploy; it then keeps running with nothing to serve. */
    static final java.util.List<String> DEPLOYMENT_FAILURES = java.util.List.of(
            "Exception while loading the app", "invalid zip file", "Error occurred during deployment");

    private Readiness() {
    }

    /** Waits for {@code url}; {@code process} serves it, {@code helpers} must stay alive meanwhile (the worker). */
    static void await(String url, Duration timeout, ChildProcess process, ChildProcess... helpers) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited while starting. Last lines of "
                        + process.log() + ":\n" + process.logTail(40));
            }
            for (ChildProcess helper : helpers) {
                if (!helper.isAlive()) {
                    throw new IllegalStateException(helper.name() + " exited while starting. Last lines of "
                            + helper.log() + ":\n" + helper.logTail(40));
                }
            }
            String log = process.logTail(200);
            if (DEPLOYMENT_FAILURES.stream().anyMatch(log::contains)) {
                throw new IllegalStateException("The application failed to deploy; see " + process.log() + ":\n"
                        + process.logTail(60));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + url, e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(url + " not ready after " + timeout.toSeconds() + " s; last answer: " + last
                + "\nLast lines of " + process.log() + ":\n" + process.logTail(40));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
