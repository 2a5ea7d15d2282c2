package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** Health as an orchestrator sees it, including an Elasticsearch outage and its recovery. */
class HealthIT {

    @Test
    void readyWhenDatabaseSearchAndWorkerAreUp() {
        HttpResponse<String> ready = ApiClient.forSystem().get("health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(statusOf(json(ready), "database")).isEqualTo("UP");
        assertThat(statusOf(json(ready), "search")).isEqualTo("UP");
        assertThat(statusOf(json(ready), "ingest-worker")).isEqualTo("UP");
    }

    @Test
    void readinessGoesDownWithTheReasonWhileSearchIsStoppedAndComesBack() {
        ApiClient client = ApiClient.forSystem();
        SystemStack.get().stopSearch();
        try {
            HttpResponse<String> down = client.get("health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode search = check(json(down), "search");
            assertThat(search.get("status").asText()).isEqualTo("DOWN");
            assertThat(search.get("data").get("reason").asText()).contains("unreachable");
            assertThat(statusOf(json(down), "database")).isEqualTo("UP");
            assertThat(client.get("health/live").statusCode()).isEqualTo(200);
        } finally {
            SystemStack.get().startSearch(true);
        }
        assertThat(awaitReady(client, Duration.ofSeconds(60))).isEqualTo(200);
    }

    private static int awaitReady(ApiClient client, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int status;
        do {
            status = client.get("health/ready").statusCode();
            if (status == 200) {
                return status;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private static String statusOf(JsonNode health, String name) {
        return check(health, name).get("status").asText();
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
