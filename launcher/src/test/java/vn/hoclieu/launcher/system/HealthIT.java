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
        HttpResponse<String> ready = awaitReady(client, Duration.ofSeconds(60));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    @Test
    void readinessGoesDownWithTheReasonWhileTheDatabaseIsStoppedAndComesBack() {
        ApiClient client = ApiClient.forSystem();
        SystemStack.get().stopDatabase();
        try {
            HttpResponse<String> down = client.get("health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode database = check(json(down), "database");
            assertThat(database.get("status").asText()).isEqualTo("DOWN");
            assertThat(database.get("data").get("reason").asText()).startsWith("MariaDB unreachable");
            assertThat(client.get("health/live").statusCode()).isEqualTo(200);
        } finally {
            SystemStack.get().startDatabase();
        }
        HttpResponse<String> ready = awaitReady(client, Duration.ofSeconds(90));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(client.login("gv.lan", vn.hoclieu.core.demo.DemoSchool.PASSWORD).statusCode()).isEqualTo(200);
    }

    /** The last readiness answer: 200 as soon as the system is ready again, else what it said at the deadline. */
    private static HttpResponse<String> awaitReady(ApiClient client, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> ready;
        do {
            ready = client.get("health/ready");
            if (ready.statusCode() == 200) {
                return ready;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return ready;
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
