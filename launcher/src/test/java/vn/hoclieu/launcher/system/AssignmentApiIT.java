package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Assignments through the running system: class 3B's teachers set work, its pupils draft, hand in
 * files and text within the times the teacher chose, teachers grade and release; nobody outside
 * the class sees any of it, and bad files, late work and stale edits are refused with a reason.
 */
class AssignmentApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ApiClient lan = ApiClient.signedIn("gv.lan");     // homeroom 3B
    private final ApiClient an = ApiClient.signedIn("hs.an");       // pupil of 3B
    private final long class3B = classNamed(lan, "3B");

    @Test
    void aPupilDraftsAndHandsInTextAndAFileAndSeesTheGradeOnlyOnceReleased() throws IOException {
        long id = create(lan, class3B, assignment("Tập làm văn").build());

        JsonNode fresh = json(an.get(work(id)));
        assertThat(fresh.get("status").asText()).isEqualTo("NEW");
        HttpResponse<String> draft = an.putJson(work(id), "{\"text\":\"<p>Mẹ em là <b>giáo viên</b>.</p>\",\"version\":0}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(json(draft).get("status").asText()).isEqualTo("DRAFT");
        HttpResponse<String> file = upload(an, work(id) + "/files?name=bai-lam.pdf", "application/pdf", PDF);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        assertThat(json(file).get("size").asLong()).isEqualTo(PDF.length);

        HttpResponse<String> submitted = an.postJson(work(id) + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(json(submitted).get("late").asBoolean()).isFalse();
        assertThat(json(submitted).path("submittedAt").isTextual()).isTrue();

        JsonNode listed = onlyOne(json(lan.get("api/v1/assignments/" + id + "/submissions?status=SUBMITTED")));
        assertThat(listed.get("pupilName").asText()).isEqualTo(nameOf(an));
        assertThat(listed.get("files").get(0).get("name").asText()).isEqualTo("bai-lam.pdf");
        HttpResponse<String> graded = lan.putJson("api/v1/submissions/" + listed.get("id").asLong() + "/grade",
                "{\"rating\":\"T\",\"feedback\":\"<p>Em viết <i>rất hay</i>.</p>\"}");
        assertThat(graded.statusCode()).as(graded.body()).isEqualTo(200);
        assertThat(json(graded).get("status").asText()).isEqualTo("GRADED");

        JsonNode hidden = json(an.get(work(id))).path("grade");
        assertThat(hidden.isMissingNode() || hidden.isNull()).as("not released yet").isTrue();
        assertThat(lan.postJson("api/v1/assignments/" + id + "/release", "").statusCode()).isEqualTo(200);
        JsonNode mine = json(an.get(work(id)));
        assertThat(mine.get("grade").get("rating").asText()).isEqualTo("T");
        assertThat(mine.get("grade").get("feedback").asText()).contains("rất hay");
    }

    @Test
    void feedbackFilesReachThePupilOnlyOnceTheGradesAreReleased() {
        long id = create(lan, class3B, assignment("Nhận xét kèm tệp").build());
        long submission = handIn(id, "<p>Bài làm</p>");
        HttpResponse<String> file = upload(lan, "api/v1/submissions/" + submission + "/feedback-files?name=nhan-xet.pdf", "application/pdf", PDF);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        String download = "api/v1/assignments/" + id + "/files/" + json(file).get("id").asLong();
        assertThat(lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"rating\":\"H\"}").statusCode()).isEqualTo(200);

        assertThat(an.get(download).statusCode()).as("before release").isEqualTo(404);
        assertThat(lan.postJson("api/v1/assignments/" + id + "/release", "").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> released = an.sendBytes(an.request(download).GET().build());
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(released.body()).isEqualTo(PDF);
        assertThat(released.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(json(an.get(work(id))).get("grade").get("feedbackFiles").get(0).get("name").asText()).isEqualTo("nhan-xet.pdf");
    }

    @Test
    void aTeacherOfTheClassEditsAnAssignmentAndOthersCannot() {
        long id = create(lan, class3B, assignment("Bản đầu").build());
        String edited = assignment("Bản sửa").with("instructions", "<p>Làm bài 2</p><script>x()</script>").with("maxFiles", 3).build();
        HttpResponse<String> updated = lan.putJson("api/v1/assignments/" + id, edited);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("title").asText()).startsWith("Bản sửa");
        assertThat(json(updated).get("instructions").asText()).isEqualTo("<p>Làm bài 2</p>");
        assertThat(json(updated).get("maxFiles").asInt()).isEqualTo(3);
        assertThat(ApiClient.signedIn("gv.minh").putJson("api/v1/assignments/" + id, edited).statusCode()).isEqualTo(403);
        assertThat(an.putJson("api/v1/assignments/" + id, edited).statusCode()).isEqualTo(403);
    }

    @Test
    void aPrimaryClassIsRatedByDefaultAndScoresGoFromZeroToTenWithOneDecimal() {
        JsonNode rated = json(lan.get("api/v1/assignments/" + create(lan, class3B, assignment("Mặc định").build())));
        assertThat(rated.get("scale").asText()).as("grade 3 → Circular 27 ratings").isEqualTo("PRIMARY_RATING");
        long scored = create(lan, class3B, assignment("Kiểm tra").with("scale", "SCORE_10").build());
        long submission = handIn(scored, "<p>Bài làm</p>");
        assertThat(lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":10.5}").statusCode()).isEqualTo(400);
        assertThat(lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":7.25}").statusCode()).isEqualTo(400);
        HttpResponse<String> ok = lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":7.5}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("grade").get("finalScore").decimalValue()).isEqualByComparingTo("7.5");
    }

    @Test
    void aRubricScoreIsTheSumScaledToTenAndLateWorkLosesThePenalty() {
        long id = create(lan, class3B, assignment("Giải toán").with("scale", "SCORE_10")
                .with("opensAt", local(LocalDateTime.now(VIETNAM).minusDays(2))).with("dueAt", local(LocalDateTime.now(VIETNAM).minusDays(1)))
                .with("cutoffAt", local(LocalDateTime.now(VIETNAM).plusDays(1)))
                .with("latePolicy", "ACCEPT_WITH_PENALTY").with("latePenaltyPercent", 20)
                .with("rubric", List.of(Map.of("criterion", "Lời giải", "maxPoints", 6), Map.of("criterion", "Trình bày", "maxPoints", 4))).build());
        long submission = handIn(id, "<p>Đáp số: 12</p>");
        assertThat(json(an.get(work(id))).get("late").asBoolean()).isTrue();

        HttpResponse<String> missing = lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"rubricPoints\":{\"Lời giải\":5}}");
        assertThat(missing.statusCode()).as("every criterion needs points").isEqualTo(400);
        HttpResponse<String> graded = lan.putJson("api/v1/submissions/" + submission + "/grade",
                "{\"rubricPoints\":{\"Lời giải\":5,\"Trình bày\":3},\"feedback\":\"Nộp muộn\"}");
        assertThat(graded.statusCode()).as(graded.body()).isEqualTo(200);
        JsonNode grade = json(graded).get("grade");
        assertThat(grade.get("score").decimalValue()).isEqualByComparingTo("8.0");
        assertThat(grade.get("penaltyPercent").asInt()).isEqualTo(20);
        assertThat(grade.get("finalScore").decimalValue()).isEqualByComparingTo("6.4");
    }

    @Test
    void afterTheCutOffWorkIsRefusedWithTheCutOffInVietnamTimeUnlessThePupilHasAnExtension() {
        LocalDateTime cutoff = LocalDateTime.now(VIETNAM).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        long id = create(lan, class3B, assignment("Đã đóng").with("opensAt", local(cutoff.minusDays(3)))
                .with("dueAt", local(cutoff.minusDays(1))).with("cutoffAt", local(cutoff)).build());

        HttpResponse<String> refused = an.putJson(work(id), "{\"text\":\"Em nộp muộn\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("past_cutoff");
        assertThat(json(refused).get("message").asText()).contains(cutoff.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));

        HttpResponse<String> extended = lan.putJson("api/v1/assignments/" + id + "/extensions/" + idOf(an),
                "{\"dueAt\":\"" + local(LocalDateTime.now(VIETNAM).plusDays(1)) + "\"}");
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(an.putJson(work(id), "{\"text\":\"Em nộp bù\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = an.postJson(work(id) + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).get("late").asBoolean()).as("within the extension").isFalse();
    }

    @Test
    void refuseAfterCutOffWithoutACutOffClosesAtTheDueTime() {
        long id = create(lan, class3B, assignment("Không nhận muộn").with("latePolicy", "REFUSE_AFTER_CUTOFF")
                .with("opensAt", local(LocalDateTime.now(VIETNAM).minusDays(2))).with("dueAt", local(LocalDateTime.now(VIETNAM).minusMinutes(5))).build());
        HttpResponse<String> refused = an.putJson(work(id), "{\"text\":\"Muộn\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("past_cutoff");
    }

    @Test
    void handedInWorkCanBeChangedUntilDueAndAfterGradingOnlyWhenReopened() {
        long id = create(lan, class3B, assignment("Nộp lại").build());
        long submission = handIn(id, "<p>Lần 1</p>");

        HttpResponse<String> edited = an.putJson(work(id), "{\"text\":\"<p>Lần 2</p>\"}");
        assertThat(json(edited).get("status").asText()).as("editing a handed-in work makes it a draft").isEqualTo("DRAFT");
        assertThat(json(an.postJson(work(id) + "/submit", "")).get("status").asText()).isEqualTo("SUBMITTED");

        assertThat(lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"rating\":\"H\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> locked = an.putJson(work(id), "{\"text\":\"<p>Lần 3</p>\"}");
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(json(locked).get("error").asText()).isEqualTo("not_editable");

        assertThat(json(lan.postJson("api/v1/submissions/" + submission + "/reopen", "")).get("status").asText()).isEqualTo("REOPENED");
        assertThat(an.putJson(work(id), "{\"text\":\"<p>Lần 3</p>\"}").statusCode()).isEqualTo(200);
        assertThat(json(an.get(work(id))).get("text").asText()).isEqualTo("<p>Lần 3</p>");
    }

    @Test
    void aDraftSavedFromAStaleTabIsRefused() {
        long id = create(lan, class3B, assignment("Hai thẻ").build());
        long version = json(an.putJson(work(id), "{\"text\":\"Thẻ 1\",\"version\":0}")).get("version").asLong();
        assertThat(an.putJson(work(id), "{\"text\":\"Thẻ 1, sửa\",\"version\":" + version + "}").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = an.putJson(work(id), "{\"text\":\"Thẻ 2\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText()).isEqualTo("stale_version");
        assertThat(json(an.get(work(id))).get("text").asText()).isEqualTo("Thẻ 1, sửa");
    }

    @Test
    void oversizeForbiddenAndDisguisedFilesAreRefusedAndNothingIsKept() {
        long id = create(lan, class3B, assignment("Tệp").with("maxFileBytes", 1024).with("maxFiles", 2)
                .with("allowedExtensions", List.of("pdf", "png")).build());

        HttpResponse<String> large = upload(an, work(id) + "/files?name=lon.pdf", "application/pdf", pdfOf(5000));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(json(large).get("error").asText()).isEqualTo("too_large");
        HttpResponse<String> docx = upload(an, work(id) + "/files?name=bai.docx", "application/octet-stream", new byte[]{'P', 'K', 3, 4, 0, 0});
        assertThat(docx.statusCode()).isEqualTo(415);
        assertThat(json(docx).get("error").asText()).isEqualTo("file_type_not_allowed");
        byte[] exe = new byte[600];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> disguised = upload(an, work(id) + "/files?name=bai-lam.pdf", "application/pdf", exe);
        assertThat(disguised.statusCode()).as("an exe named .pdf").isEqualTo(415);
        assertThat(json(an.get(work(id))).get("files")).isEmpty();

        assertThat(upload(an, work(id) + "/files?name=1.pdf", "application/pdf", PDF).statusCode()).isEqualTo(201);
        assertThat(upload(an, work(id) + "/files?name=2.pdf", "application/pdf", PDF).statusCode()).isEqualTo(201);
        HttpResponse<String> third = upload(an, work(id) + "/files?name=3.pdf", "application/pdf", PDF);
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(json(third).get("error").asText()).isEqualTo("too_many_files");
    }

    @Test
    void instructionsAndWorkAreSanitizedSoNoScriptSurvives() {
        long id = create(lan, class3B, assignment("Sạch").with("instructions",
                "<p onclick=\"steal()\">Đọc <a href=\"https://hoclieu.vn/bai\">bài</a> <a href=\"javascript:alert(1)\">này</a></p>"
                        + "<script>alert('x')</script><img src=x onerror=alert(1)><style>p{}</style>").build());
        String instructions = json(an.get("api/v1/assignments/" + id)).get("instructions").asText();
        assertThat(instructions).contains("Đọc", "href=\"https://hoclieu.vn/bai\"", "rel=\"nofollow\"")
                .doesNotContain("<script", "onerror", "onclick", "javascript:", "<style", "<img");
        String text = json(an.putJson(work(id), "{\"text\":\"<p>Bài</p><script>alert(2)</script>\"}")).get("text").asText();
        assertThat(text).isEqualTo("<p>Bài</p>");
    }

    @Test
    void theZipHoldsAFolderPerPupilWithTheirTextAndFiles() throws IOException {
        long id = create(lan, class3B, assignment("Nén").build());
        an.putJson(work(id), "{\"text\":\"<p>Dòng một</p><p>Dòng hai</p>\"}");
        upload(an, work(id) + "/files?name=../../hinh.pdf", "application/pdf", PDF);
        an.postJson(work(id) + "/submit", "");

        HttpResponse<byte[]> zip = lan.sendBytes(lan.request("api/v1/assignments/" + id + "/submissions.zip").GET().build());
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.body());
        String folder = nameOf(an) + "_" + idOf(an) + "/";
        assertThat(entries).containsKeys(folder + "bai-lam.txt", folder + "hinh.pdf");
        assertThat(new String(entries.get(folder + "bai-lam.txt"), StandardCharsets.UTF_8)).isEqualTo("Dòng một\nDòng hai\n");
        assertThat(entries.get(folder + "hinh.pdf")).isEqualTo(PDF);
        assertThat(an.sendBytes(an.request("api/v1/assignments/" + id + "/submissions.zip").GET().build()).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheClassSeesItsAssignmentsAndEachPupilOnlyTheirOwnWork() {
        ApiClient nhung = ApiClient.signedIn("gv.nhung"); // English in 3B
        long english = create(nhung, class3B, assignment("Tiếng Anh").with("subjectId", subject(nhung, class3B, "TIENG_ANH")).build());
        String path = "api/v1/assignments/" + english;
        long attachment = json(upload(nhung, path + "/attachments?name=tu-vung.pdf", "application/pdf", PDF)).get("id").asLong();

        assertThat(lan.get(path).statusCode()).as("the homeroom teacher sees every subject").isEqualTo(200);
        assertThat(json(lan.get("api/v1/classes/" + class3B + "/assignments")).findValuesAsText("id")).contains(Long.toString(english));
        ApiClient head = ApiClient.signedIn("ht.son");
        assertThat(head.get(path + "/submissions").statusCode()).as("the school's admin reads").isEqualTo(200);
        assertThat(head.postJson(path + "/release", "").statusCode()).as("but does not release").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.minh").get(path).statusCode()).as("a teacher of 5C").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.ha").get(path).statusCode()).as("a teacher of another school").isEqualTo(403);
        ApiClient bao = ApiClient.signedIn("hs.bao");
        assertThat(bao.get(path).statusCode()).as("a pupil of 5C").isEqualTo(403);
        assertThat(bao.get("api/v1/classes/" + class3B + "/assignments").statusCode()).isEqualTo(403);
        assertThat(bao.get(path + "/files/" + attachment).statusCode()).isEqualTo(403);
        assertThat(an.get(path + "/files/" + attachment).statusCode()).as("the class's pupils read attachments").isEqualTo(200);

        handIn(english, "<p>Hello</p>");
        assertThat(an.get(path + "/submissions").statusCode()).as("pupils do not list others' work").isEqualTo(403);
        assertThat(an.putJson("api/v1/submissions/0/grade", "{\"rating\":\"T\"}").statusCode()).isEqualTo(404);
        assertThat(lan.get(path + "/submission").statusCode()).as("teachers have no work of their own").isEqualTo(403);
        long submission = onlyOne(json(lan.get(path + "/submissions?status=SUBMITTED"))).get("id").asLong();
        assertThat(an.putJson("api/v1/submissions/" + submission + "/grade", "{\"rating\":\"T\"}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.forSystem().get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void pupilsSeeAnAssignmentOnlyOnceItOpens() {
        long later = create(lan, class3B, assignment("Tuần sau").with("opensAt", local(LocalDateTime.now(VIETNAM).plusDays(7)))
                .with("dueAt", local(LocalDateTime.now(VIETNAM).plusDays(8))).build());
        assertThat(an.get("api/v1/assignments/" + later).statusCode()).isEqualTo(404);
        assertThat(json(an.get("api/v1/classes/" + class3B + "/assignments")).findValuesAsText("id")).doesNotContain(Long.toString(later));
        assertThat(json(lan.get("api/v1/classes/" + class3B + "/assignments")).findValuesAsText("id")).contains(Long.toString(later));
    }

    @Test
    void timesOutOfOrderAreRefused() {
        HttpResponse<String> refused = lan.postJson("api/v1/classes/" + class3B + "/assignments", assignment("Sai giờ")
                .with("dueAt", local(LocalDateTime.now(VIETNAM).plusDays(2))).with("cutoffAt", local(LocalDateTime.now(VIETNAM).plusDays(1))).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("fields").has("cutoffAt")).isTrue();
        assertThat(an.postJson("api/v1/classes/" + class3B + "/assignments", assignment("Học sinh").build()).statusCode()).isEqualTo(403);
    }

    // --- helpers

    private long handIn(long assignmentId, String text) {
        assertThat(an.putJson(work(assignmentId), "{\"text\":" + quoted(text) + "}").statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = an.postJson(work(assignmentId) + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return json(submitted).get("id").asLong();
    }

    private static String work(long assignmentId) {
        return "api/v1/assignments/" + assignmentId + "/submission";
    }

    private Draft assignment(String title) {
        return new Draft(title + " " + UUID.randomUUID().toString().substring(0, 6), subject(lan, class3B, "TOAN"));
    }

    /** An assignment's JSON: open since yesterday, due in two days, text and files. */
    static final class Draft {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Draft(String title, long subjectId) {
            fields.put("subjectId", subjectId);
            fields.put("title", title);
            fields.put("instructions", "<p>Làm bài trong vở.</p>");
            fields.put("opensAt", local(LocalDateTime.now(VIETNAM).minusDays(1)));
            fields.put("dueAt", local(LocalDateTime.now(VIETNAM).plusDays(2)));
        }

        Draft with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        String build() {
            try {
                return JSON.writeValueAsString(fields);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static long create(ApiClient teacher, long classId, String body) {
        HttpResponse<String> created = teacher.postJson("api/v1/classes/" + classId + "/assignments", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private static HttpResponse<String> upload(ApiClient client, String path, String type, byte[] bytes) {
        return client.send(client.request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode onlyOne(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    static String local(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idOf(ApiClient client) {
        return json(client.get("api/v1/auth/me")).get("id").asLong();
    }

    private static String nameOf(ApiClient client) {
        return json(client.get("api/v1/auth/me")).get("displayName").asText();
    }

    static long subject(ApiClient teacher, long classId, String code) {
        for (JsonNode s : json(teacher.get("api/v1/classes/" + classId + "/assignments/subjects"))) {
            if (s.get("code").asText().equals(code)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no subject " + code);
    }

    static long classNamed(ApiClient teacher, String name) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class " + name);
    }
}
