package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Question sets shared through review: gv.lan (Maths, 3B) submits a bank category; gv.minh
 * (homeroom 5C, so Maths too) sees nothing of it until the demo pool's two reviewers approve, then
 * browses it, builds a quiz that draws from it and hs.bao takes it; reviewers read the preview with
 * its keys, pupils and outsiders never; comments of requested changes reach the author; the set is
 * frozen while in review or shared, until she withdraws it.
 */
class QuestionSetApiIT {

    private final ApiClient lan = ApiClient.signedIn("gv.lan");
    private final ApiClient minh = ApiClient.signedIn("gv.minh");
    private final String marker = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aSubmittedSetStaysWithItsAuthorUntilApprovedThenOtherTeachersBrowseAndDrawFromIt() {
        long set = category("Phân số");
        long half = question(set, "Một nửa " + marker);
        question(set, "Một phần tư " + marker);
        JsonNode sent = created(lan.postJson(base(set) + "/submission", "{\"note\":\"Hai câu về phân số\"}"));
        assertThat(sent.get("category").get("reviewStatus").asText()).isIn("SUBMITTED", "IN_REVIEW");
        assertThat(sent.get("category").get("shared").asBoolean()).isFalse();

        assertThat(browsedIds(minh)).as("in review: not shared").doesNotContain(half);
        assertThat(minh.get("api/v1/questions/" + half).statusCode()).isEqualTo(404);
        assertThat(minh.get(base(set) + "/questions").statusCode()).isEqualTo(404);
        assertThat(minh.postJson("api/v1/classes/" + classNamed(minh, "5C") + "/quizzes", drawQuiz(set)).statusCode())
                .as("no drawing from a set in review").isEqualTo(404);

        approve(sent.get("category").get("carrierMaterialId").asLong());

        assertThat(json(lan.get(base(set) + "/submission")).get("category").get("shared").asBoolean()).isTrue();
        assertThat(browsedIds(minh)).contains(half);
        assertThat(json(minh.get("api/v1/questions/" + half)).get("sharing").asText()).isEqualTo("SHARED");
        HttpResponse<String> quiz = minh.postJson("api/v1/classes/" + classNamed(minh, "5C") + "/quizzes", drawQuiz(set));
        assertThat(quiz.statusCode()).as(quiz.body()).isEqualTo(201);
        JsonNode attempt = created(ApiClient.signedIn("hs.bao").postJson("api/v1/quizzes/" + json(quiz).get("id").asLong() + "/attempts", ""));
        assertThat(attempt.get("questions")).hasSize(2);
        assertThat(ApiClient.signedIn("hs.bao").get("api/v1/questions/" + half).statusCode()).as("a pupil never reads the bank").isEqualTo(403);
    }

    @Test
    void onlyTheAuthorAndTheReviewersReadThePreviewOfAnUnpublishedSet() {
        long set = category("Xem trước");
        long half = question(set, "Một nửa " + marker);
        assertThat(lan.get(base(set) + "/preview").statusCode()).as("the author, before submitting").isEqualTo(200);
        created(lan.postJson(base(set) + "/submission", "{}"));

        JsonNode preview = json(new ReviewDesk("td.thu").client().get(base(set) + "/preview"));
        assertThat(preview.get("name").asText()).isEqualTo("Xem trước " + marker);
        assertThat(preview.get("questions").get(0).get("id").asLong()).isEqualTo(half);
        assertThat(preview.get("questions").get(0).get("key").get("correct").asText()).as("reviewers check the key").isEqualTo("b");

        assertThat(minh.get(base(set) + "/preview").statusCode()).as("another teacher").isEqualTo(403);
        assertThat(ApiClient.signedIn("hs.an").get(base(set) + "/preview").statusCode()).as("a pupil").isEqualTo(403);
        assertThat(lan.get("api/v1/question-categories/999999999/preview").statusCode()).isEqualTo(404);
    }

    @Test
    void requestedChangesShowTheReviewersCommentToTheAuthorWhoCorrectsAndResubmits() {
        long set = category("Sửa theo góp ý");
        long half = question(set, "Một nửa " + marker);
        long carrier = created(lan.postJson(base(set) + "/submission", "{}")).get("category").get("carrierMaterialId").asLong();
        HttpResponse<String> frozen = lan.putJson("api/v1/questions/" + half, questionJson(set, "Một nửa (sửa) " + marker, 1));
        assertThat(frozen.statusCode()).as("in review").isEqualTo(409);
        assertThat(json(frozen).get("error").asText()).isEqualTo("set_locked");

        new ReviewDesk("td.thu").claimAndDecide(carrier, "REQUEST_CHANGES", "Câu 1 cần hình minh hoạ", 3);

        JsonNode review = json(lan.get(base(set) + "/submission"));
        assertThat(review.get("category").get("reviewStatus").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(review.get("comments").get(0).get("comment").asText()).isEqualTo("Câu 1 cần hình minh hoạ");
        assertThat(lan.putJson("api/v1/questions/" + half, questionJson(set, "Một nửa (sửa) " + marker, 1)).statusCode()).isEqualTo(200);
        JsonNode again = created(lan.postJson(base(set) + "/submission", "{\"note\":\"Đã thêm hình\"}"));
        assertThat(again.get("category").get("carrierMaterialId").asLong()).as("the same carrier, a new round").isEqualTo(carrier);
        assertThat(again.get("category").get("reviewStatus").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aSharedSetIsFrozenUntilItsAuthorWithdrawsItAndThenNoLongerShared() {
        long set = category("Rút lại");
        long half = question(set, "Một nửa " + marker);
        approve(created(lan.postJson(base(set) + "/submission", "{}")).get("category").get("carrierMaterialId").asLong());
        assertThat(browsedIds(minh)).contains(half);
        HttpResponse<String> added = lan.postJson("api/v1/questions", questionJson(set, "Thêm sau khi duyệt " + marker, 0));
        assertThat(added.statusCode()).as("shared: the reviewed questions only").isEqualTo(409);
        assertThat(json(added).get("error").asText()).isEqualTo("set_locked");

        HttpResponse<String> withdrawn = lan.postJson(base(set) + "/withdrawal", "{\"reason\":\"Cần sửa đáp án câu 1\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).get("category").get("reviewStatus").asText()).isEqualTo("RETIRED");
        assertThat(browsedIds(minh)).doesNotContain(half);
        assertThat(lan.putJson("api/v1/questions/" + half, questionJson(set, "Một nửa (sửa) " + marker, 1)).statusCode()).isEqualTo(200);
        JsonNode resent = created(lan.postJson(base(set) + "/submission", "{}"));
        assertThat(resent.get("category").get("reviewStatus").asText()).as("a new carrier").isEqualTo("SUBMITTED");
    }

    @Test
    void badRequestsAreRefusedWithAClearCode() {
        long empty = category("Trống");
        HttpResponse<String> nothing = lan.postJson(base(empty) + "/submission", "{}");
        assertThat(nothing.statusCode()).isEqualTo(409);
        assertThat(json(nothing).get("error").asText()).isEqualTo("empty_set");
        assertThat(json(nothing).get("message").asText()).isNotBlank();

        HttpResponse<String> notSent = lan.postJson(base(empty) + "/withdrawal", "{\"reason\":\"Thử\"}");
        assertThat(notSent.statusCode()).isEqualTo(409);
        assertThat(json(notSent).get("error").asText()).isEqualTo("set_not_submitted");
        assertThat(lan.postJson(base(empty) + "/withdrawal", "{\"reason\":\"\"}").statusCode()).as("a reason is required").isEqualTo(400);
        assertThat(minh.postJson(base(empty) + "/submission", "{}").statusCode()).as("not her category").isEqualTo(403);
        assertThat(ApiClient.signedIn("hs.an").postJson(base(empty) + "/submission", "{}").statusCode()).isEqualTo(403);
        assertThat(lan.postJson("api/v1/question-categories/999999999/submission", "{}").statusCode()).isEqualTo(404);
    }

    private static String base(long category) {
        return "api/v1/question-categories/" + category;
    }

    private long category(String name) {
        return created(lan.postJson("api/v1/question-categories",
                "{\"name\":\"" + name + " " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}")).get("id").asLong();
    }

    private long question(long category, String title) {
        return created(lan.postJson("api/v1/questions", questionJson(category, title, 0))).get("id").asLong();
    }

    private static String questionJson(long category, String title, long version) {
        return """
                {"categoryId":%d,"title":"%s","type":"SINGLE_CHOICE","stem":"Phân số nào bằng 0,5?",
                 "choices":[{"id":"a","html":"1/3"},{"id":"b","html":"1/2"}],"key":{"type":"SINGLE_CHOICE","correct":"b"},
                 "points":1,"difficulty":2,"tags":["phân số"],"version":%d}""".formatted(category, title, version);
    }

    private String drawQuiz(long category) {
        return """
                {"title":"Phân số %s","intro":"","subjectCode":"TOAN","published":true,"slots":[{"categoryId":%d,"count":2,"points":1}]}"""
                .formatted(marker, category);
    }

    private static void approve(long carrier) {
        new ReviewDesk("td.thu").claimAndDecide(carrier, "APPROVE", null, 4);
        new ReviewDesk("td.hoa").claimAndDecide(carrier, "APPROVE", null, 5);
    }

    private static List<Long> browsedIds(ApiClient teacher) {
        List<Long> ids = new ArrayList<>();
        json(teacher.get("api/v1/questions?subject=TOAN&grade=3")).forEach(q -> ids.add(q.get("id").asLong()));
        return ids;
    }

    private static long classNamed(ApiClient teacher, String name) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class " + name);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return json(response);
    }
}
