package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * The public catalogue's search through the search index, the catalogue's memory of what is
 * published, and learners' ratings and reviews, through the running system.
 */
class CourseCatalogueApiIT {

    private final ApiClient anonymous = ApiClient.forSystem();
    private final ApiClient lan = ApiClient.signedIn("gv.lan");

    // --- search ---

    @Test
    void wordsFindACourseByItsTitleOrAUnitTitleWithOrWithoutDiacriticsTitleFirst() {
        String word = marker();
        OpenCourseFixture bySyllabus = OpenCourseFixture.draftBy(lan);
        created(lan.postJson("api/v1/courses/" + bySyllabus.courseId + "/modules", "{\"title\":\"Ôn luyện đếm ngược " + word + "\"}"));
        addPage(bySyllabus);
        bySyllabus.publish();
        OpenCourseFixture byTitle = OpenCourseFixture.draftBy(lan);
        ok(lan.putJson("api/v1/courses/" + byTitle.courseId, OpenCourseFixture.courseJson("Đếm ngược " + word)));
        byTitle.publish();

        JsonNode found = awaitFound("dem nguoc " + word, byTitle.courseId, bySyllabus.courseId);

        // courses of other runs may share two of the three words; these two have all three and come first
        assertThat(ids(found).subList(0, 2)).as("the title weighs more than a unit's title").containsExactly(byTitle.courseId, bySyllabus.courseId);
        assertThat(found.get("searchUnavailable").asBoolean()).isFalse();
        assertThat(found.get("snippets").get(Long.toString(bySyllabus.courseId)).toString()).contains("<mark>");
        assertThat(ids(catalogue("?q=" + encode("đếm ngược " + word))).subList(0, 2)).as("as written").containsExactly(byTitle.courseId, bySyllabus.courseId);
        assertThat(ids(catalogue("?q=" + encode(word) + "&subject=TOAN&level=PRIMARY&audience=PUPILS"))).hasSize(2);
        assertThat(ids(catalogue("?q=" + encode(word) + "&audience=TEACHERS_PD"))).isEmpty();
        assertThat(ids(catalogue("?q=" + encode(word) + "&size=1&page=1"))).containsExactly(bySyllabus.courseId);
    }

    @Test
    void aCourseWhoseCarrierIsNotPublishedIsNeverFoundEvenByItsAuthor() {
        String word = marker();
        OpenCourseFixture inReview = OpenCourseFixture.draftBy(lan);
        ok(lan.putJson("api/v1/courses/" + inReview.courseId, OpenCourseFixture.courseJson("Đang thẩm định " + word)));
        ok(lan.postJson("api/v1/courses/" + inReview.courseId + "/submission", "{}"));
        OpenCourseFixture published = OpenCourseFixture.draftBy(lan);
        ok(lan.putJson("api/v1/courses/" + published.courseId, OpenCourseFixture.courseJson("Đã xuất bản " + word)));
        published.publish();

        // the outbox is drained in order: once the published one is found, the other's work-in-progress document is indexed too
        awaitFound(word, published.courseId);

        assertThat(ids(catalogue("?q=" + encode(word)))).containsExactly(published.courseId);
        assertThat(ids(json(lan.get("api/v1/courses?q=" + encode(word))))).as("its author searches as the public does").containsExactly(published.courseId);
    }

    @Test
    void aFreshlyPublishedCourseIsInTheCatalogueAtOnce() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(lan);
        assertThat(ids(catalogue("?subject=TOAN&size=50"))).as("read once: the catalogue keeps it in memory").doesNotContain(course.courseId);
        assertThat(anonymous.get("api/v1/courses/" + course.courseId).statusCode()).isEqualTo(404);

        course.publish();

        assertThat(ids(catalogue("?subject=TOAN&size=50"))).contains(course.courseId);
        assertThat(anonymous.get("api/v1/courses/" + course.courseId).statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheSearchIndexIsDownWordsAreMatchedInTheDatabaseAndTheAnswerSaysSo() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        SystemStack.get().stopSearch();
        try {
            JsonNode found = catalogue("?q=" + encode(course.title.replace("Toán", "toan")));
            assertThat(found.get("searchUnavailable").asBoolean()).isTrue();
            assertThat(ids(found)).containsExactly(course.courseId);
        } finally {
            SystemStack.get().startSearch(true);
        }
    }

    // --- reviews ---

    @Test
    void anyoneReadsReviewsButOnlyAnEnrolledLearnerRates() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        String reviews = "api/v1/courses/" + course.courseId + "/reviews";
        ApiClient binh = newLearner("Trần Văn Bình");

        HttpResponse<String> notEnrolled = binh.putJson(reviews + "/mine", "{\"stars\":5,\"text\":\"Hay\"}");
        assertThat(notEnrolled.statusCode()).isEqualTo(403);
        assertThat(json(notEnrolled).get("error").asText()).isEqualTo("review_not_enrolled");
        assertThat(anonymous.putJson(reviews + "/mine", "{\"stars\":5}").statusCode()).isEqualTo(401);

        enrol(binh, course);
        HttpResponse<String> rated = binh.putJson(reviews + "/mine", "{\"stars\":4,\"text\":\"<b>Dễ hiểu</b>, con tôi thích.<script>x()</script>\"}");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);

        JsonNode page = ok(anonymous.get(reviews));
        assertThat(page.get("rating").get("count").asLong()).isEqualTo(1);
        assertThat(page.get("rating").get("average").decimalValue()).isEqualByComparingTo("4.0");
        JsonNode latest = page.get("latest").get(0);
        assertThat(latest.get("reviewer").asText()).as("given name and initial only").isEqualTo("Bình T.");
        assertThat(latest.get("text").asText()).as("markup and scripts dropped").isEqualTo("Dễ hiểu, con tôi thích.");
        assertThat(latest.has("learnerId")).isFalse();
    }

    @Test
    void aSecondRatingByTheSameLearnerEditsTheFirst() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        String reviews = "api/v1/courses/" + course.courseId + "/reviews";
        ApiClient learner = newLearner("Lê Thị Cúc");
        enrol(learner, course);

        ok(learner.putJson(reviews + "/mine", "{\"stars\":5,\"text\":\"Tuyệt\"}"));
        ok(learner.putJson(reviews + "/mine", "{\"stars\":2}"));

        JsonNode page = ok(anonymous.get(reviews));
        assertThat(page.get("rating").get("count").asLong()).isEqualTo(1);
        assertThat(page.get("rating").get("average").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(ok(learner.get(reviews + "/mine")).get("stars").asInt()).isEqualTo(2);
    }

    @Test
    void aHiddenReviewVanishesFromThePageTheAverageAndTheCatalogue() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        String reviews = "api/v1/courses/" + course.courseId + "/reviews";
        ApiClient fair = newLearner("Phạm Minh Đức");
        ApiClient abusive = newLearner("Vũ Văn Ác");
        enrol(fair, course);
        enrol(abusive, course);
        ok(fair.putJson(reviews + "/mine", "{\"stars\":5,\"text\":\"Bổ ích\"}"));
        long abuse = ok(abusive.putJson(reviews + "/mine", "{\"stars\":1,\"text\":\"lời lẽ xúc phạm\"}")).get("id").asLong();
        assertThat(ok(anonymous.get(reviews)).get("rating").get("count").asLong()).isEqualTo(2);

        assertThat(lan.postJson(reviews + "/" + abuse + "/hiding", "{\"reason\":\"x\"}").statusCode()).as("authors do not moderate").isEqualTo(403);
        ApiClient mai = ApiClient.signedIn("pgd.mai");
        assertThat(mai.postJson(reviews + "/" + abuse + "/hiding", "{\"reason\":\" \"}").statusCode()).as("a reason is required").isEqualTo(400);
        assertThat(mai.postJson(reviews + "/" + abuse + "/hiding", "{\"reason\":\"Lời lẽ xúc phạm\"}").statusCode()).isEqualTo(204);

        JsonNode page = ok(anonymous.get(reviews));
        assertThat(page.get("rating").get("count").asLong()).isEqualTo(1);
        assertThat(page.get("rating").get("average").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(page.get("latest")).extracting(r -> r.get("id").asLong()).doesNotContain(abuse);
        JsonNode card = cardOf(catalogue("?subject=TOAN&size=50"), course.courseId);
        assertThat(card.get("ratingCount").asLong()).isEqualTo(1);
        assertThat(card.get("ratingAverage").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(ok(lan.get("api/v1/courses/" + course.courseId + "/dashboard")).get("ratingCount").asLong()).isEqualTo(1);

        ok(abusive.putJson(reviews + "/mine", "{\"stars\":1,\"text\":\"sửa lại\"}"));
        assertThat(ok(anonymous.get(reviews)).get("rating").get("count").asLong()).as("editing does not unhide").isEqualTo(1);
    }

    @Test
    void badRatingsAreRefusedWithATranslatedReason() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        String mine = "api/v1/courses/" + course.courseId + "/reviews/mine";
        ApiClient learner = newLearner("Đỗ Thị Hạnh");
        enrol(learner, course);

        for (String body : List.of("{\"stars\":0}", "{\"stars\":6}", "{\"text\":\"không sao\"}", "{\"stars\":3,\"text\":\"" + "a".repeat(1001) + "\"}")) {
            HttpResponse<String> refused = learner.putJson(mine, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(json(refused).get("error").asText()).isEqualTo("invalid");
        }
        HttpResponse<String> tooMany = learner.inLanguage("vi").putJson(mine, "{\"stars\":6}");
        assertThat(json(tooMany).get("fields").get("stars").asText()).isEqualTo("Hãy chọn từ 1 đến 5 sao.");
        assertThat(learner.get(mine).statusCode()).as("nothing was stored").isEqualTo(404);
        OpenCourseFixture draft = OpenCourseFixture.draftBy(lan);
        assertThat(anonymous.get("api/v1/courses/" + draft.courseId + "/reviews").statusCode()).as("a draft has no public reviews").isEqualTo(404);
    }

    // --- helpers ---

    private JsonNode catalogue(String query) {
        return ok(anonymous.get("api/v1/courses" + query));
    }

    private JsonNode awaitFound(String words, long... expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode found = catalogue("?q=" + encode(words));
        while (!ids(found).containsAll(asList(expected)) && Instant.now().isBefore(deadline)) {
            sleep();
            found = catalogue("?q=" + encode(words));
        }
        assertThat(ids(found)).as("indexed within a minute").containsAll(asList(expected));
        return found;
    }

    private static List<Long> asList(long... ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return list;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private static JsonNode cardOf(JsonNode page, long courseId) {
        for (JsonNode e : page.get("entries")) {
            if (e.get("id").asLong() == courseId) {
                return e;
            }
        }
        throw new AssertionError("course " + courseId + " not in " + page);
    }

    private static void addPage(OpenCourseFixture course) {
        JsonNode outline = ok(course.author.get("api/v1/courses/" + course.courseId));
        long module = outline.get("modules").get(outline.get("modules").size() - 1).get("id").asLong();
        created(course.author.postJson("api/v1/courses/" + course.courseId + "/modules/" + module + "/units",
                "{\"kind\":\"PAGE\",\"title\":\"Đếm lùi từ 10\",\"minutes\":5,\"html\":\"<p>10, 9, 8…</p>\"}"));
    }

    private static void enrol(ApiClient learner, OpenCourseFixture course) {
        HttpResponse<String> enrolled = learner.postJson("api/v1/courses/" + course.courseId + "/enrolment", "");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    private static ApiClient newLearner(String displayName) {
        String username = "hv." + UUID.randomUUID().toString().substring(0, 8);
        created(ApiClient.forSystem().postJson("api/v1/learners", """
                {"username":"%s","displayName":"%s","email":null,"password":"mot-mat-khau-dai","locale":"vi"}""".formatted(username, displayName)));
        ApiClient client = ApiClient.forSystem();
        assertThat(client.login(username, "mot-mat-khau-dai").statusCode()).isEqualTo(200);
        return client;
    }

    /** A word no other course has: letters only, so the analyzers keep it whole. */
    private static String marker() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("kh");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
