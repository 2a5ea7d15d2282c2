package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Open courses through the running system: gv.lan authors a course (a published material, a
 * reading, a quiz), sends it to review through its carrier material, td.thu and td.hoa approve it,
 * and only then does the anonymous catalogue list it; a newly registered learner enrols, works
 * through the units, passes the quiz and completes the course; progress is kept on the server
 * across sign-out and a restart of the application; the learner unenrols. Bad input gets a
 * translated refusal.
 */
class OpenCourseApiIT {

    private final ApiClient anonymous = ApiClient.forSystem();

    @Test
    void anonymousVisitorsSeeACourseInTheCatalogueOnlyOnceItIsReviewed() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(ApiClient.signedIn("gv.lan"));
        assertThat(catalogueIds("?q=" + encode(course.title))).doesNotContain(course.courseId);
        assertThat(anonymous.get("api/v1/courses/" + course.courseId).statusCode()).as("a draft is not public").isEqualTo(404);

        course.publish();

        assertThat(catalogueIds("?subject=TOAN&level=PRIMARY&audience=PUPILS&size=50")).as("listed at once").contains(course.courseId);
        assertThat(OpenCourseFixture.awaitFound(course.title, course.courseId).get("entries").get(0).get("id").asLong())
                .as("the exact title first").isEqualTo(course.courseId);
        assertThat(catalogueIds("?q=" + encode(course.title.replace("Toán", "toan")))).as("accents and case ignored").contains(course.courseId);
        assertThat(catalogueIds("?q=" + encode(course.title) + "&audience=TEACHERS_PD")).isEmpty();
        JsonNode page = json(anonymous.get("api/v1/courses/" + course.courseId));
        assertThat(page.get("published").asBoolean()).isTrue();
        assertThat(page.get("authors").get(0).get("name").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(page.get("totalMinutes").asInt()).isEqualTo(30);
        assertThat(page.get("description").asText()).contains("<b>phép cộng</b>").doesNotContain("script");
        assertThat(page.get("modules").get(0).get("units")).extracting(u -> u.get("kind").asText()).containsExactly("MATERIAL", "PAGE", "QUIZ");
    }

    @Test
    void aLearnerCompletesACourseAndKeepsProgressAcrossSignOutAndARestart() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        String username = registerLearner();
        ApiClient learner = signIn(username);
        String base = "api/v1/courses/" + course.courseId;

        HttpResponse<String> enrolled = learner.postJson(base + "/enrolment", "");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(json(enrolled).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(json(learner.post(base + "/units/" + course.materialUnit + "/view", "application/json", "")).get("units")
                .get(Long.toString(course.materialUnit)).asText()).isEqualTo("VIEWED");
        assertThat(json(learner.post(base + "/units/" + course.materialUnit + "/completion", "application/json", "")).get("percent").asInt())
                .isEqualTo(33);
        learner.post(base + "/units/" + course.pageUnit + "/view", "application/json", "");
        assertThat(json(learner.post(base + "/units/" + course.pageUnit + "/completion", "application/json", "")).get("percent").asInt())
                .isEqualTo(66);
        HttpResponse<String> atQuiz = learner.post(base + "/units/" + course.quizUnit + "/view", "application/json", "");
        assertThat(json(atQuiz).get("lastUnitId").asLong()).as(atQuiz.body()).isEqualTo(course.quizUnit);
        assertThat(json(learner.get(base + "/progress")).get("lastUnitId").asLong()).as("stored before the restart").isEqualTo(course.quizUnit);
        learner.postJson("api/v1/auth/logout", "");

        SystemStack.get().restartApplication();

        ApiClient back = signIn(username);
        JsonNode kept = json(back.get(base + "/progress"));
        assertThat(kept.get("percent").asInt()).isEqualTo(66);
        assertThat(kept.get("lastUnitId").asLong()).as("resume at the quiz").isEqualTo(course.quizUnit);
        assertThat(kept.get("units").get(Long.toString(course.pageUnit)).asText()).isEqualTo("COMPLETED");

        takeQuiz(back, course.quizId, "a");
        JsonNode failed = json(back.get(base + "/progress"));
        assertThat(failed.get("status").asText()).as("0 of 10 is below 70 %").isEqualTo("ACTIVE");

        takeQuiz(back, course.quizId, "b");
        JsonNode done = json(back.get(base + "/progress"));
        assertThat(done.get("units").get(Long.toString(course.quizUnit)).asText()).isEqualTo("PASSED");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.hasNonNull("completedAt")).isTrue();

        JsonNode dashboard = json(ApiClient.signedIn("gv.lan").get(base + "/dashboard")); // sessions did not survive the restart
        assertThat(dashboard.get("completions").asLong()).isEqualTo(1);
        assertThat(dashboard.get("quizzes").get(0).get("passRatePercent").asInt()).isEqualTo(100);
        assertThat(dashboard.get("funnel")).allSatisfy(unit -> assertThat(unit.get("done").asLong()).isEqualTo(1));

        HttpResponse<String> left = back.send(back.request(base + "/enrolment").DELETE().build());
        assertThat(left.statusCode()).isEqualTo(204);
        assertThat(json(back.get("api/v1/courses/enrolled"))).noneMatch(e -> e.get("courseId").asLong() == course.courseId);
        assertThat(back.get(base + "/progress").statusCode()).isEqualTo(409);
    }

    @Test
    void aQuizUnitIsPassedOnlyByItsGradeAndTheLastUnitDoneCompletesTheCourse() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        ApiClient tam = ApiClient.signedIn("hv.tam");
        assertThat(tam.postJson("api/v1/quizzes/" + course.quizId + "/attempts", "").statusCode()).as("not enrolled yet").isEqualTo(404);

        tam.postJson("api/v1/courses/" + course.courseId + "/enrolment", "");
        HttpResponse<String> byHand = tam.post("api/v1/courses/" + course.courseId + "/units/" + course.quizUnit + "/completion", "application/json", "");
        assertThat(byHand.statusCode()).isEqualTo(400);
        assertThat(json(byHand).get("error").asText()).isEqualTo("quiz_by_grade");
        takeQuiz(tam, course.quizId, "b");
        String base = "api/v1/courses/" + course.courseId;
        assertThat(json(tam.get(base + "/progress")).get("units").get(Long.toString(course.quizUnit)).asText()).isEqualTo("PASSED");
        tam.post(base + "/units/" + course.materialUnit + "/completion", "application/json", "");
        tam.post(base + "/units/" + course.pageUnit + "/completion", "application/json", "");
        assertThat(json(tam.get(base + "/progress")).get("status").asText()).as("completed by the last unit marked").isEqualTo("COMPLETED");

        tam.send(tam.request(base + "/enrolment").DELETE().build());
        tam.postJson(base + "/enrolment", "");
        assertThat(json(tam.get(base + "/progress")).get("status").asText()).as("back after leaving: still completed").isEqualTo("COMPLETED");
    }

    @Test
    void aCompletedCourseEarnsOneCertificateThatAnyoneCanVerify() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        ApiClient tam = ApiClient.signedIn("hv.tam");
        String base = "api/v1/courses/" + course.courseId;
        tam.postJson(base + "/enrolment", "");
        takeQuiz(tam, course.quizId, "b");
        tam.post(base + "/units/" + course.materialUnit + "/completion", "application/json", "");
        tam.post(base + "/units/" + course.pageUnit + "/completion", "application/json", "");
        tam.send(tam.request(base + "/enrolment").DELETE().build());
        tam.postJson(base + "/enrolment", "");

        List<JsonNode> earned = new ArrayList<>();
        json(tam.get("api/v1/certificates/mine")).forEach(c -> {
            if (c.hasNonNull("courseId") && c.get("courseId").asLong() == course.courseId) {
                earned.add(c);
            }
        });
        assertThat(earned).as("one certificate, even after leaving and coming back").hasSize(1);
        String code = earned.getFirst().get("code").asText();
        JsonNode verified = json(anonymous.get("api/v1/verify/" + code));
        assertThat(verified.get("status").asText()).isEqualTo("VALID");
        assertThat(verified.get("courseTitle").asText()).isEqualTo(course.title);
        assertThat(verified.get("holderName").asText()).isEqualTo("Bùi Thanh Tâm");
        assertThat(verified.get("hours").decimalValue()).isEqualByComparingTo("2.5");
        HttpResponse<byte[]> pdf = tam.sendBytes(tam.request("api/v1/certificates/" + code + ".pdf").GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDemoDistrictOffersGvLansOpenCourseInTheAnonymousCatalogue() {
        String title = "Em vui học Toán lớp 3: phép nhân";
        List<Long> found = catalogueIds("?q=" + encode(title));
        HttpResponse<String> page = anonymous.get("courses.xhtml?q=" + encode(title));

        // words go through the search index, relevance first: other courses about Toán match too, the demo course comes first
        assertThat(found).isNotEmpty();
        JsonNode course = json(anonymous.get("api/v1/courses/" + found.getFirst()));
        assertThat(course.get("title").asText()).isEqualTo(title);
        assertThat(course.get("authors").get(0).get("name").asText()).isEqualTo("Nguyễn Thị Lan");
        List<String> kinds = new ArrayList<>();
        course.get("modules").forEach(m -> m.get("units").forEach(u -> kinds.add(u.get("kind").asText())));
        assertThat(kinds).containsExactly("PAGE", "MATERIAL", "QUIZ");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title);
    }

    @Test
    void badInputIsRefusedWithATranslatedReason() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        HttpResponse<String> untitled = lan.postJson("api/v1/courses", OpenCourseFixture.courseJson(""));
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(json(untitled).get("fields").get("title").asText()).isEqualTo("Hãy đặt tên khoá học.");

        HttpResponse<String> unknownSubject = lan.inLanguage("en").postJson("api/v1/courses",
                OpenCourseFixture.courseJson("Khoá thử").replace("\"TOAN\"", "\"ALCHEMY\""));
        assertThat(unknownSubject.statusCode()).isEqualTo(400);
        assertThat(json(unknownSubject).get("error").asText()).isEqualTo("unknown_subject");
        assertThat(json(unknownSubject).get("message").asText()).isEqualTo("This subject is not in the curriculum.");

        assertThat(anonymous.get("api/v1/courses?level=GRADUATE").statusCode()).isEqualTo(400);
        assertThat(ApiClient.signedIn("hv.tam").postJson("api/v1/courses", OpenCourseFixture.courseJson("Khoá thử")).statusCode())
                .as("learners do not author").isEqualTo(403);

        long draft = json(lan.postJson("api/v1/courses", OpenCourseFixture.courseJson("Khoá nháp"))).get("id").asLong();
        assertThat(ApiClient.signedIn("gv.ha").postJson("api/v1/courses/" + draft + "/modules", "{\"title\":\"Chen ngang\"}").statusCode())
                .as("not an author").isEqualTo(403);
        HttpResponse<String> empty = lan.postJson("api/v1/courses/" + draft + "/submission", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).isEqualTo("no_units");
        long module = json(lan.postJson("api/v1/courses/" + draft + "/modules", "{\"title\":\"Chương 1\"}")).get("modules").get(0).get("id").asLong();
        HttpResponse<String> unpublished = lan.postJson("api/v1/courses/" + draft + "/modules/" + module + "/units",
                "{\"kind\":\"MATERIAL\",\"title\":\"Nháp\",\"minutes\":5,\"materialId\":999999999}");
        assertThat(json(unpublished).get("error").asText()).isEqualTo("material_not_published");
        assertThat(anonymous.postJson("api/v1/courses/" + draft + "/enrolment", "").statusCode()).isEqualTo(401);
        assertThat(ApiClient.signedIn("hv.tam").postJson("api/v1/courses/" + draft + "/enrolment", "").statusCode())
                .as("not in the catalogue").isEqualTo(404);
    }

    @Test
    void aCoverIsASmallPictureShownWithTheCourse() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        long draft = json(lan.postJson("api/v1/courses", OpenCourseFixture.courseJson("Khoá có ảnh bìa"))).get("id").asLong();
        byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cf"
                + "c0f01f0005000201a5f8d6f40000000049454e44ae426082");
        HttpResponse<String> covered = lan.send(lan.request("api/v1/courses/" + draft + "/cover?name=bia.png")
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build());
        assertThat(covered.statusCode()).as(covered.body()).isEqualTo(200);
        assertThat(json(covered).get("hasCover").asBoolean()).isTrue();
        HttpResponse<byte[]> shown = lan.sendBytes(lan.request("api/v1/courses/" + draft + "/cover").GET().build());
        assertThat(shown.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(shown.body()).isEqualTo(png);
        assertThat(anonymous.get("api/v1/courses/" + draft + "/cover").statusCode()).as("the course is not public yet").isEqualTo(404);

        HttpResponse<String> notAnImage = lan.send(lan.request("api/v1/courses/" + draft + "/cover?name=bia.png")
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofString("không phải ảnh")).build());
        assertThat(notAnImage.statusCode()).isEqualTo(415);
    }

    @Test
    void anAuthorReordersAndRemovesTheUnitsOfADraft() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(ApiClient.signedIn("gv.lan"));
        String base = "api/v1/courses/" + course.courseId;

        JsonNode moved = json(course.author.postJson(base + "/units/" + course.quizUnit + "/move/up", ""));
        assertThat(unitTitles(moved)).containsExactly("Bài giảng phép cộng", "Kiểm tra cuối chương", "Ghi nhớ");
        JsonNode atTheTop = json(course.author.postJson(base + "/units/" + course.materialUnit + "/move/up", ""));
        assertThat(unitTitles(atTheTop)).as("the first unit stays first").containsExactly("Bài giảng phép cộng", "Kiểm tra cuối chương", "Ghi nhớ");

        HttpResponse<String> removed = delete(course.author, base + "/units/" + course.materialUnit);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        JsonNode units = json(removed).get("modules").get(0).get("units");
        assertThat(unitTitles(json(removed))).containsExactly("Kiểm tra cuối chương", "Ghi nhớ");
        assertThat(units).extracting(u -> u.get("position").asInt()).containsExactly(1, 2);
        assertThat(json(removed).get("totalMinutes").asInt()).isEqualTo(15);
    }

    @Test
    void anAuthorRenamesReordersAndRemovesModulesOfADraft() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(ApiClient.signedIn("gv.lan"));
        String base = "api/v1/courses/" + course.courseId;
        long second = json(course.author.postJson(base + "/modules", "{\"title\":\"Chương 2\"}")).get("modules").get(1).get("id").asLong();

        HttpResponse<String> renamed = course.author.putJson(base + "/modules/" + second, "{\"title\":\"Chương 2: Ôn tập\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        JsonNode moved = json(course.author.postJson(base + "/modules/" + second + "/move/up", ""));
        assertThat(moved.get("modules")).extracting(m -> m.get("title").asText()).containsExactly("Chương 2: Ôn tập", "Chương 1: Phép cộng");

        JsonNode left = json(delete(course.author, base + "/modules/" + course.moduleId));
        assertThat(left.get("modules")).extracting(m -> m.get("title").asText()).containsExactly("Chương 2: Ôn tập");
        assertThat(left.get("modules").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(left.get("totalMinutes").asInt()).as("its units went with it").isZero();
    }

    @Test
    void theSyllabusStaysAsReviewersSawItWhileTheCourseIsInReview() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(ApiClient.signedIn("gv.lan"));
        String base = "api/v1/courses/" + course.courseId;
        assertThat(delete(ApiClient.signedIn("gv.ha"), base + "/units/" + course.pageUnit).statusCode()).as("not an author").isEqualTo(403);
        assertThat(course.author.postJson(base + "/units/" + course.pageUnit + "/move/sideways", "").statusCode()).isEqualTo(400);
        assertThat(course.author.postJson(base + "/submission", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> locked = delete(course.author, base + "/units/" + course.pageUnit);

        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(json(locked).get("error").asText()).isEqualTo("syllabus_locked");
        assertThat(json(locked).get("message").asText()).startsWith("Khoá học đang được thẩm định");
        assertThat(unitTitles(json(course.author.get(base)))).contains("Ghi nhớ");
    }

    private static HttpResponse<String> delete(ApiClient client, String path) {
        return client.send(client.request(path).DELETE().build());
    }

    private static List<String> unitTitles(JsonNode outline) {
        List<String> titles = new ArrayList<>();
        outline.get("modules").forEach(m -> m.get("units").forEach(u -> titles.add(u.get("title").asText())));
        return titles;
    }

    private List<Long> catalogueIds(String query) {
        HttpResponse<String> found = anonymous.get("api/v1/courses" + query);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        json(found).get("entries").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private static void takeQuiz(ApiClient learner, long quizId, String choice) {
        HttpResponse<String> started = learner.postJson("api/v1/quizzes/" + quizId + "/attempts", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long attempt = json(started).get("id").asLong();
        learner.putJson("api/v1/attempts/" + attempt + "/answers/1", "{\"response\":[\"" + choice + "\"],\"baseVersion\":0,\"saveId\":\"s\"}");
        HttpResponse<String> submitted = learner.postJson("api/v1/attempts/" + attempt + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static String registerLearner() {
        String username = "hv." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = ApiClient.forSystem().postJson("api/v1/learners", """
                {"username":"%s","displayName":"Người học tự do","email":null,"password":"mot-mat-khau-dai","locale":"vi"}""".formatted(username));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return username;
    }

    private static ApiClient signIn(String username) {
        ApiClient client = ApiClient.forSystem();
        HttpResponse<String> login = client.login(username, "mot-mat-khau-dai");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return client;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
