package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** A reviewer at work through the API: find a material's seat in the queue, claim it, decide. */
public final class ReviewDesk {

    static final List<String> RUBRIC = List.of("SCIENTIFIC_ACCURACY", "CURRICULUM_FIT", "PEDAGOGY",
            "TECHNICAL_QUALITY", "COPYRIGHT", "LANGUAGE");

    private final ApiClient reviewer;

    public ReviewDesk(String username) {
        this.reviewer = ApiClient.signedIn(username);
    }

    ApiClient client() {
        return reviewer;
    }

    /** The first seat of this material in the reviewer's queue (open or held), or fails. */
    long taskOf(long materialId) {
        for (JsonNode t : json(reviewer.get("api/v1/reviews/tasks"))) {
            if (t.get("materialId").asLong() == materialId) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no task of material " + materialId + " in the queue");
    }

    JsonNode queued(long materialId) {
        for (JsonNode t : json(reviewer.get("api/v1/reviews/tasks"))) {
            if (t.get("materialId").asLong() == materialId) {
                return t;
            }
        }
        return null;
    }

    HttpResponse<String> claim(long taskId) {
        return reviewer.postJson("api/v1/reviews/tasks/" + taskId + "/claim", "{}");
    }

    HttpResponse<String> decide(long taskId, String decision, String comment, int score) {
        return reviewer.postJson("api/v1/reviews/tasks/" + taskId + "/decision", verdict(decision, comment, score));
    }

    /** Claims the material's seat and decides; asserts both went through. */
    public JsonNode claimAndDecide(long materialId, String decision, String comment, int score) {
        long task = taskOf(materialId);
        HttpResponse<String> claimed = claim(task);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        HttpResponse<String> decided = decide(task, decision, comment, score);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return json(decided);
    }

    static String verdict(String decision, String comment, int score) {
        String scores = RUBRIC.stream().map(c -> "{\"criterion\":\"%s\",\"score\":%d,\"comment\":\"Ổn\"}".formatted(c, score))
                .collect(Collectors.joining(","));
        String commentJson = comment == null ? "null" : "\"" + comment + "\"";
        return "{\"decision\":\"%s\",\"comment\":%s,\"scores\":[%s]}".formatted(decision, commentJson, scores);
    }
}
