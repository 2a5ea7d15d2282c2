package vn.hoclieu.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness of search: asks the cluster health over plain HTTP with a short budget, so a hung or
 * absent cluster cannot stall the readiness probe. Deliberately not through the shared client,
 * whose timeouts are sized for real queries. Never throws.
 */
public final class SearchHealth {

    static final Duration BUDGET = Duration.ofSeconds(2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchEndpoint endpoint;
    private final String misconfiguration;
    private final HttpClient http;

    public SearchHealth(SearchEndpoint endpoint) {
        this(endpoint, null);
    }

    private SearchHealth(SearchEndpoint endpoint, String misconfiguration) {
        this.endpoint = endpoint;
        this.misconfiguration = misconfiguration;
        this.http = HttpClient.newBuilder().connectTimeout(BUDGET).build();
    }

    /** A health that always reports down with this reason: for a configuration that could not be read. */
    public static SearchHealth misconfigured(String reason) {
        return new SearchHealth(null, reason);
    }

    /** Up when any node reports the cluster green or yellow within {@link #BUDGET}. */
    public SearchStatus check() {
        if (misconfiguration != null) {
            return new SearchStatus(false, misconfiguration);
        }
        Instant deadline = Instant.now().plus(BUDGET);
        List<String> problems = new ArrayList<>();
        for (URI url : endpoint.urls()) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                problems.add("Elasticsearch at " + url + " not asked: no time left");
                continue;
            }
            SearchStatus status = check(url, left);
            if (status.up()) {
                return status;
            }
            problems.add(status.detail());
        }
        return new SearchStatus(false, String.join("; ", problems));
    }

    private SearchStatus check(URI url, Duration timeout) {
        String where = "Elasticsearch at " + url;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).timeout(timeout);
            endpoint.basicAuthorization().ifPresent(value -> request.header("Authorization", value));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new SearchStatus(false, where + " answered HTTP " + response.statusCode());
            }
            JsonNode health = JSON.readTree(response.body());
            String status = health.path("status").asText("unknown");
            String detail = where + ": cluster " + health.path("cluster_name").asText("?") + " is " + status;
            return new SearchStatus("green".equals(status) || "yellow".equals(status), detail);
        } catch (HttpTimeoutException e) {
            return new SearchStatus(false, where + " did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SearchStatus(false, where + " not checked: interrupted");
        } catch (Exception e) {
            return new SearchStatus(false, where + " unreachable: " + reason(e));
        }
    }

    /**
     * java.net.http throws a ConnectException without any message for a refused connection, and
     * an UnresolvedAddressException without one for an unknown host: name those ourselves.
     */
    private static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "Connection refused";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException) {
                return "unknown host";
            }
        }
        return error.getClass().getSimpleName();
    }
}
