package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Builds an open course through the API as gv.lan would: one module with a published material,
 * a reading and a one-question quiz ("2 + 3 = ?", answer b), for primary Maths. Public for the
 * browser test, which prepares its course through the API.
 */
public final class OpenCourseFixture {

    public final ApiClient author;
    public final String title;
    public long courseId;
    public long moduleId;
    public long materialUnit;
    public long pageUnit;
    public long quizUnit;
    public long quizId;

    private OpenCourseFixture(ApiClient author, String title) {
        this.author = author;
        this.title = title;
    }

    /** A course with its three units, not yet submitted. */
    public static OpenCourseFixture draftBy(ApiClient author) {
        OpenCourseFixture course = new OpenCourseFixture(author, "Toán vui lớp 3 – " + UUID.randomUUID().toString().substring(0, 8));
        course.build();
        return course;
    }

    /** A course submitted and approved by the demo pool's two reviewers: in the public catalogue. */
    public static OpenCourseFixture publishedBy(ApiClient author) {
        OpenCourseFixture course = draftBy(author);
        course.publish();
        return course;
    }

    public static String courseJson(String title) {
        return """
                {"title":"%s","description":"<p>Ôn tập <b>phép cộng</b> cho học sinh lớp 3.</p><script>alert(1)</script>",
                 "subjectCode":"TOAN","level":"PRIMARY","audience":"PUPILS","estimatedHours":2.5,"licence":"CC_BY_SA"}""".formatted(title);
    }

    private void build() {
        HttpResponse<String> created = author.postJson("api/v1/courses", courseJson(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        courseId = json(created).get("id").asLong();
        JsonNode withModule = created(author.postJson("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Chương 1: Phép cộng\"}"));
        moduleId = withModule.get("modules").get(0).get("id").asLong();

        long material = MaterialFixture.readyMaterialBy(author).createPublished();
        materialUnit = lastUnit(addUnit("""
                {"kind":"MATERIAL","title":"Bài giảng phép cộng","minutes":15,"materialId":%d}""".formatted(material)));
        pageUnit = lastUnit(addUnit("""
                {"kind":"PAGE","title":"Ghi nhớ","minutes":5,"html":"<p>Cộng từ phải sang trái, <i>nhớ</i> sang hàng chục.</p>"}"""));
        long question = question();
        JsonNode withQuiz = addUnit("""
                {"kind":"QUIZ","title":"Kiểm tra cuối chương","minutes":10,"quiz":{"title":"Kiểm tra %s","intro":"","subjectCode":"TOAN",
                 "attemptsAllowed":0,"slots":[{"questionId":%d,"points":1}]}}""".formatted(title, question));
        quizUnit = lastUnit(withQuiz);
        quizId = withQuiz.get("modules").get(0).get("units").get(2).get("quizId").asLong();
    }

    public void publish() {
        HttpResponse<String> submitted = author.postJson("api/v1/courses/" + courseId + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        long carrier = json(submitted).get("carrierMaterialId").asLong();
        new ReviewDesk("td.thu").claimAndDecide(carrier, "APPROVE", null, 4);
        new ReviewDesk("td.hoa").claimAndDecide(carrier, "APPROVE", null, 5);
    }

    /** The learner enrols, passes the quiz and marks the other units done: the course completes. Answers the certificate's code. */
    public String completedBy(ApiClient learner) {
        String base = "api/v1/courses/" + courseId;
        assertThat(learner.postJson(base + "/enrolment", "").statusCode()).isEqualTo(201);
        HttpResponse<String> started = learner.postJson("api/v1/quizzes/" + quizId + "/attempts", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long attempt = json(started).get("id").asLong();
        learner.putJson("api/v1/attempts/" + attempt + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"s\"}");
        assertThat(learner.postJson("api/v1/attempts/" + attempt + "/submit", "").statusCode()).isEqualTo(200);
        learner.post(base + "/units/" + materialUnit + "/completion", "application/json", "");
        learner.post(base + "/units/" + pageUnit + "/completion", "application/json", "");
        for (JsonNode c : json(learner.get("api/v1/certificates/mine"))) {
            if (c.hasNonNull("courseId") && c.get("courseId").asLong() == courseId) {
                return c.get("code").asText();
            }
        }
        throw new AssertionError("no certificate for course " + courseId);
    }

    /**
     * The catalogue's answer to these words once the course is among its hits: words go through
     * the search index, which the outbox fills a few seconds after the publication (browsing
     * without words lists the course at once).
     */
    public static JsonNode awaitFound(String words, long courseId) {
        ApiClient anyone = ApiClient.forSystem();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode page = json(anyone.get("api/v1/courses?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
            if (page.get("entries").findValues("id").stream().anyMatch(id -> id.asLong() == courseId) || Instant.now().isAfter(deadline)) {
                return page;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private JsonNode addUnit(String json) {
        return created(author.postJson("api/v1/courses/" + courseId + "/modules/" + moduleId + "/units", json));
    }

    private long question() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long category = json(author.postJson("api/v1/question-categories",
                "{\"name\":\"Khoá học " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}")).get("id").asLong();
        HttpResponse<String> created = author.postJson("api/v1/questions", """
                {"categoryId":%d,"title":"Phép cộng %s","type":"SINGLE_CHOICE","stem":"2 + 3 = ?",
                 "choices":[{"id":"a","html":"4"},{"id":"b","html":"5"},{"id":"c","html":"6"}],
                 "key":{"type":"SINGLE_CHOICE","correct":"b"},"points":1,"difficulty":2,"tags":[],"version":0}""".formatted(category, marker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static long lastUnit(JsonNode outline) {
        JsonNode units = outline.get("modules").get(0).get("units");
        return units.get(units.size() - 1).get("id").asLong();
    }
}
