package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;
import static vn.hoclieu.launcher.system.MaterialFixture.readyMaterialBy;

/**
 * The review lifecycle through the API, with the demo district: gv.lan (Hòa Bình) contributes;
 * td.thu and td.hoa review primary materials; td.khoa only lower-secondary mathematics; hs.yen
 * and gv.ha are at the neighbour school; pgd.mai is the district admin.
 */
class ReviewApiIT {

    private ApiClient author;
    private ReviewDesk thu;
    private ReviewDesk hoa;

    @BeforeEach
    void signIn() {
        author = ApiClient.signedIn("gv.lan");
        thu = new ReviewDesk("td.thu");
        hoa = new ReviewDesk("td.hoa");
    }

    @Test
    void twoApprovalsPublishAndAPupilOfAnotherSchoolFindsItInTheCatalogue() {
        long id = readyMaterialBy(author).titled("Đo độ dài – lớp 3").create();

        assertThat(status(submit(id))).isEqualTo("SUBMITTED");
        thu.claimAndDecide(id, "APPROVE", null, 5);
        JsonNode record = hoa.claimAndDecide(id, "APPROVE", "Rõ ràng, phù hợp lớp 3", 4);

        assertThat(record.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(record.get("rounds").get(0).get("approvals").asInt()).isEqualTo(2);
        ApiClient pupil = ApiClient.signedIn("hs.yen");
        assertThat(catalogueIds(pupil, "")).contains(id);
        JsonNode entry = json(pupil.get("api/v1/catalogue/" + id));
        assertThat(entry.get("approvals").asInt()).isEqualTo(2);
        assertThat(entry.get("reviewAverage").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(entry.get("licence").asText()).isEqualTo("CC_BY_SA");
        assertThat(entry.get("authorName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(entry.get("schoolName").asText()).isEqualTo("Trường TH&THCS Hòa Bình (trường mẫu)");
        assertThat(json(pupil.get("api/v1/catalogue/" + id + "/material")).get("files")).hasSize(1);
    }

    @Test
    void everyTransitionAndReviewIsInTheHistoryAndTheAuthorIsNotified() {
        long id = readyMaterialBy(author).create();
        submit(id);
        thu.claimAndDecide(id, "APPROVE", null, 4);
        hoa.claimAndDecide(id, "APPROVE", null, 4);

        List<String> actions = new ArrayList<>();
        json(author.get("api/v1/materials/" + id + "/history")).forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("CONTRIBUTED", "SUBMITTED", "CLAIMED", "APPROVED", "CLAIMED", "APPROVED", "PUBLISHED");
        List<String> told = new ArrayList<>();
        json(author.get("api/v1/notifications")).forEach(n -> {
            if (n.get("materialId").asLong() == id) {
                told.add(n.get("kind").asText());
            }
        });
        assertThat(told).contains("MATERIAL_APPROVED", "MATERIAL_PUBLISHED");
    }

    @Test
    void reviewersOfThePoolAreNotifiedOfANewTask() {
        long id = readyMaterialBy(author).create();
        submit(id);

        List<String> kinds = new ArrayList<>();
        json(hoa.client().get("api/v1/notifications")).forEach(n -> {
            if (n.get("materialId").asLong() == id) {
                kinds.add(n.get("kind").asText());
            }
        });
        assertThat(kinds).containsExactly("REVIEW_TASK_OPENED");
    }

    @Test
    void requestedChangesGoBackToTheSameReviewerAfterTheAuthorResubmits() {
        long id = readyMaterialBy(author).create();
        submit(id);
        JsonNode record = thu.claimAndDecide(id, "REQUEST_CHANGES", "Thiếu ví dụ minh họa", 3);
        assertThat(record.get("status").asText()).isEqualTo("CHANGES_REQUESTED");

        HttpResponse<String> revised = author.putJson("api/v1/materials/" + id, MaterialFixture.description("Có ví dụ minh họa", "TOAN", 3));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(status(submit(id))).isEqualTo("IN_REVIEW");

        JsonNode seat = thu.queued(id);
        assertThat(seat.get("status").asText()).isEqualTo("CLAIMED");
        assertThat(seat.get("round").asInt()).isEqualTo(2);
        JsonNode reviews = json(author.get("api/v1/materials/" + id + "/reviews"));
        assertThat(reviews.get("rounds").get(0).get("reviews").get(0).get("comment").asText()).isEqualTo("Thiếu ví dụ minh họa");
    }

    @Test
    void theAuthorIsMailedEachDecisionInHerLanguage() throws Exception {
        long id = readyMaterialBy(author).titled("Thư báo – phép chia").create();
        submit(id);

        thu.claimAndDecide(id, "REQUEST_CHANGES", "Cần thêm bài tập", 3);

        List<MimeMessage> mails = TestMailServer.awaitMailTo("gv.lan@demo.hoclieu.invalid",
                m -> subject(m).contains("Thư báo – phép chia"), Duration.ofSeconds(20));
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.getFirst())).isEqualTo("Học liệu của bạn cần chỉnh sửa: Thư báo – phép chia");
        assertThat(mails.getFirst().getContent().toString()).contains("Cần thêm bài tập");
    }

    @Test
    void requestingChangesWithoutACommentIsRefused() {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);
        thu.claim(task);

        HttpResponse<String> refused = thu.decide(task, "REQUEST_CHANGES", " ", 3);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("comment_required");
    }

    @Test
    void aRubricWithACriterionLeftOutIsRefused() {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);
        thu.claim(task);

        HttpResponse<String> refused = thu.client().postJson("api/v1/reviews/tasks/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"scores\":[{\"criterion\":\"PEDAGOGY\",\"score\":5}]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("rubric_incomplete");
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheReview() {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);
        thu.claim(task);
        assertThat(thu.decide(task, "REJECT", null, 1).statusCode()).isEqualTo(400);

        assertThat(json(thu.decide(task, "REJECT", "Sai kiến thức cơ bản", 1)).get("status").asText()).isEqualTo("REJECTED");
        assertThat(hoa.queued(id)).isNull();
    }

    @Test
    void submittingTwiceIsAnIllegalTransition() {
        long id = readyMaterialBy(author).create();
        submit(id);

        HttpResponse<String> again = author.postJson("api/v1/materials/" + id + "/submission", "{}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("error").asText()).isEqualTo("illegal_transition");
        assertThat(json(again).get("message").asText()).contains("Đã gửi thẩm định");
    }

    @Test
    void aMaterialWithoutFilesCannotBeSubmitted() {
        HttpResponse<String> created = author.postJson("api/v1/materials", MaterialFixture.description("Chưa có tệp", "TOAN", 3));
        long id = json(created).get("id").asLong();

        HttpResponse<String> refused = author.postJson("api/v1/materials/" + id + "/submission", "{}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("no_files");
    }

    @Test
    void aSubmittedMaterialCannotBeChangedByItsAuthor() {
        long id = readyMaterialBy(author).create();
        submit(id);

        HttpResponse<String> edit = author.putJson("api/v1/materials/" + id, MaterialFixture.description("Sửa lén", "TOAN", 3));

        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(json(edit).get("error").asText()).isEqualTo("not_editable");
    }

    @Test
    void aPupilNeverSeesADraftNorItsFiles() {
        long id = readyMaterialBy(author).create();
        long file = json(author.get("api/v1/materials/" + id)).get("files").get(0).get("id").asLong();
        ApiClient pupil = ApiClient.signedIn("hs.an");

        assertThat(pupil.get("api/v1/catalogue/" + id + "/material").statusCode()).isEqualTo(404);
        assertThat(pupil.get("files/" + file + "/ORIGINAL").statusCode()).isEqualTo(404);
        assertThat(catalogueIds(pupil, "")).doesNotContain(id);
    }

    @Test
    void aTeacherOfAnotherSchoolSeesOnlyThePublishedVersionWhileTheNextIsInReview() {
        long id = readyMaterialBy(author).titled("Bảng nhân 2 – bản 1").create();
        publish(id);
        HttpResponse<String> next = author.postJson("api/v1/materials/" + id + "/versions", "{\"note\":\"Thêm bài tập\"}");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        author.putJson("api/v1/materials/" + id, MaterialFixture.description("Bảng nhân 2 – bản 2", "TOAN", 3));
        MaterialFixture.attachText(author, id);
        submit(id);

        JsonNode seenByOther = json(ApiClient.signedIn("gv.ha").get("api/v1/catalogue/" + id + "/material"));
        JsonNode seenByAuthor = json(author.get("api/v1/materials/" + id));

        assertThat(seenByOther.get("title").asText()).isEqualTo("Bảng nhân 2 – bản 1");
        assertThat(seenByOther.get("version").asInt()).isEqualTo(1);
        assertThat(seenByAuthor.get("title").asText()).isEqualTo("Bảng nhân 2 – bản 2");
        assertThat(seenByAuthor.get("version").asInt()).isEqualTo(2);
        assertThat(seenByAuthor.get("publishedVersion").asInt()).isEqualTo(1);
    }

    @Test
    void reviewersSeeWhatChangedSinceThePublishedVersion() {
        long id = readyMaterialBy(author).titled("Hình tam giác").create();
        publish(id);
        author.postJson("api/v1/materials/" + id + "/versions", "{}");
        author.putJson("api/v1/materials/" + id, MaterialFixture.description("Hình tam giác và hình vuông", "TOAN", 3));
        MaterialFixture.attachText(author, id);
        submit(id);

        JsonNode changes = json(thu.client().get("api/v1/materials/" + id + "/changes"));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("field").asText()).isEqualTo("title");
        assertThat(changes.get(0).get("before").asText()).isEqualTo("Hình tam giác");
        assertThat(changes.get(0).get("after").asText()).isEqualTo("Hình tam giác và hình vuông");
    }

    @Test
    void aPoolWithTooFewReviewersBesidesTheAuthorIsRefusedAtSubmission() {
        // primary pool: td.thu and td.hoa; td.thu's own material leaves one reviewer for two approvals
        long id = readyMaterialBy(thu.client()).create();

        HttpResponse<String> refused = thu.client().postJson("api/v1/materials/" + id + "/submission", "{}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("pool_too_small");
    }

    @Test
    void aReviewerOutsideThePoolCannotClaim() {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);

        HttpResponse<String> refused = new ReviewDesk("td.khoa").claim(task);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).isEqualTo("not_in_pool");
    }

    @Test
    void noOneReviewsTheirOwnMaterial() {
        // lower-secondary maths: the pool has three reviewers, so two remain besides the author
        long id = readyMaterialBy(thu.client()).forSubject("TOAN", 7).create();
        assertThat(thu.client().postJson("api/v1/materials/" + id + "/submission", "{}").statusCode()).isEqualTo(200);
        long task = hoa.taskOf(id);

        assertThat(thu.queued(id)).isNull();
        HttpResponse<String> refused = thu.claim(task);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).isEqualTo("own_material");
    }

    @Test
    void twoReviewersClaimingTheSameTaskAtTheSameMomentExactlyOneWins() throws Exception {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Integer> byThu = CompletableFuture.supplyAsync(() -> claimAfter(start, thu, task));
        CompletableFuture<Integer> byHoa = CompletableFuture.supplyAsync(() -> claimAfter(start, hoa, task));
        start.countDown();

        assertThat(List.of(byThu.get(), byHoa.get())).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void aDistrictAdminGivesAClaimToAnotherReviewer() {
        long id = readyMaterialBy(author).create();
        submit(id);
        long task = thu.taskOf(id);
        thu.claim(task);
        long hoaId = json(hoa.client().get("api/v1/auth/me")).get("id").asLong();

        HttpResponse<String> moved = ApiClient.signedIn("pgd.mai").putJson("api/v1/reviews/tasks/" + task + "/assignee",
                "{\"reviewerId\":" + hoaId + "}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(hoa.queued(id).get("status").asText()).isEqualTo("CLAIMED");
        assertThat(thu.decide(task, "APPROVE", null, 5).statusCode()).isEqualTo(403);
    }

    @Test
    void aRetiredMaterialLeavesTheCatalogueAndNeedsAReason() {
        long id = readyMaterialBy(author).create();
        publish(id);
        assertThat(author.postJson("api/v1/materials/" + id + "/retirement", "{\"reason\":\"\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> retired = author.postJson("api/v1/materials/" + id + "/retirement", "{\"reason\":\"Đã có bản tốt hơn\"}");

        assertThat(status(retired)).isEqualTo("RETIRED");
        assertThat(catalogueIds(ApiClient.signedIn("hs.yen"), "")).doesNotContain(id);
    }

    @Test
    void teachersRateAPublishedMaterialAndAnAdminCanHideAComment() {
        long id = readyMaterialBy(author).create();
        publish(id);
        ApiClient other = ApiClient.signedIn("gv.ha");
        HttpResponse<String> rated = other.putJson("api/v1/catalogue/" + id + "/ratings/mine", "{\"score\":4,\"comment\":\"Học sinh thích\"}");
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(author.putJson("api/v1/catalogue/" + id + "/ratings/mine", "{\"score\":5}").statusCode()).isEqualTo(403);

        long rating = json(rated).get("id").asLong();
        ApiClient.signedIn("pgd.mai").postJson("api/v1/catalogue/ratings/" + rating + "/hidden", "{\"hidden\":true}");

        assertThat(json(other.get("api/v1/catalogue/" + id + "/ratings"))).isEmpty();
        assertThat(json(other.get("api/v1/catalogue/" + id)).get("ratingCount").asInt()).isZero();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static int claimAfter(CountDownLatch start, ReviewDesk desk, long task) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return desk.claim(task).statusCode();
    }

    private void publish(long id) {
        submit(id);
        thu.claimAndDecide(id, "APPROVE", null, 4);
        assertThat(hoa.claimAndDecide(id, "APPROVE", null, 4).get("status").asText()).isEqualTo("PUBLISHED");
    }

    private HttpResponse<String> submit(long id) {
        HttpResponse<String> submitted = author.postJson("api/v1/materials/" + id + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return submitted;
    }

    private static String status(HttpResponse<String> response) {
        return json(response).get("status").asText();
    }

    private static List<Long> catalogueIds(ApiClient client, String query) {
        List<Long> ids = new ArrayList<>();
        json(client.get("api/v1/catalogue?size=100" + query)).get("entries").forEach(e -> ids.add(e.get("materialId").asLong()));
        return ids;
    }
}
