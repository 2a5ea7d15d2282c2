package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * A class's page through the running system: class 3B's teachers post, its pupils read and
 * comment, nobody outside the class reads it, and what people write is shown as text.
 */
class ClassroomApiIT {

    @Test
    void teachersOfTheClassPostAndItsPupilsReadAndComment() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        String title = "Họp phụ huynh " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> posted = homeroom.postJson("api/v1/classes/" + class3B + "/announcements",
                "{\"title\":\"" + title + "\",\"body\":\"Thứ Bảy, 8 giờ sáng.\\nMời cha mẹ đến đúng giờ.\",\"commentsOpen\":true}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long announcement = json(posted).get("id").asLong();

        ApiClient pupil = ApiClient.signedIn("hs.an");
        JsonNode read = json(pupil.get("api/v1/classes/" + class3B + "/announcements"));
        assertThat(read.get(0).get("title").asText()).isEqualTo(title);
        assertThat(read.get(0).get("authorName").asText()).isEqualTo("Nguyễn Thị Lan");

        HttpResponse<String> commented = pupil.postJson("api/v1/announcements/" + announcement + "/comments", "{\"body\":\"Dạ, em đã báo bố mẹ.\"}");
        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);
        assertThat(json(commented).get("comments").get(0).get("body").asText()).isEqualTo("Dạ, em đã báo bố mẹ.");

        ApiClient subjectTeacher = ApiClient.signedIn("gv.nhung"); // English in 3B
        HttpResponse<String> closed = subjectTeacher.postJson("api/v1/classes/" + class3B + "/announcements",
                "{\"title\":\"Bài hát tiếng Anh\",\"body\":\"Nghe và hát theo.\",\"commentsOpen\":false}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        HttpResponse<String> refused = pupil.postJson("api/v1/announcements/" + json(closed).get("id").asLong() + "/comments", "{\"body\":\"Hay quá\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("comments_closed");
    }

    @Test
    void nobodyOutsideTheClassReadsOrPostsAndItsSchoolsAdminOnlyReads() {
        long class3B = classNamed(ApiClient.signedIn("gv.lan"), "3B");
        String path = "api/v1/classes/" + class3B + "/announcements";
        String announcement = "{\"title\":\"Nghỉ học\",\"body\":\"Thứ Hai nghỉ.\",\"commentsOpen\":true}";

        assertThat(ApiClient.signedIn("hs.bao").get(path).statusCode()).as("a pupil of 5C").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.ha").get(path).statusCode()).as("a teacher of another school").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.minh").postJson(path, announcement).statusCode()).as("a teacher of 5C").isEqualTo(403);
        assertThat(ApiClient.signedIn("hs.an").postJson(path, announcement).statusCode()).as("a pupil posts nothing").isEqualTo(403);
        ApiClient head = ApiClient.signedIn("ht.son");
        assertThat(head.get(path).statusCode()).isEqualTo(200);
        assertThat(head.postJson(path, announcement).statusCode()).isEqualTo(403);
        assertThat(ApiClient.forSystem().get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void anEmptyTitleIsRefusedAndMarkupIsShownAsText() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        HttpResponse<String> empty = homeroom.postJson("api/v1/classes/" + class3B + "/announcements", "{\"title\":\" \",\"body\":\"x\"}");
        assertThat(empty.statusCode()).isEqualTo(400);

        String marker = "xss" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(homeroom.postJson("api/v1/classes/" + class3B + "/announcements",
                "{\"title\":\"Thông báo " + marker + "\",\"body\":\"<script>alert('" + marker + "')</script>\",\"commentsOpen\":true}").statusCode())
                .isEqualTo(201);
        String page = ApiClient.signedIn("hs.an").get("app/class.xhtml?id=" + class3B).body();
        assertThat(page).contains("Thông báo " + marker).contains("&lt;script&gt;").doesNotContain("<script>alert('" + marker);
        assertThat(ApiClient.signedIn("hs.bao").get("app/class.xhtml?id=" + class3B).statusCode()).as("outside the class").isEqualTo(404);
    }

    @Test
    void teachersScheduleOnlineSessionsInVietnamTimeAndTakeAttendance() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        String sessions = "api/v1/classes/" + class3B + "/sessions";

        HttpResponse<String> unsafe = homeroom.postJson(sessions,
                "{\"title\":\"Ôn tập\",\"startsAt\":\"2026-12-01T19:30\",\"durationMinutes\":45,\"meetingUrl\":\"javascript:alert(1)\"}");
        assertThat(unsafe.statusCode()).as("only http(s) links").isEqualTo(400);
        HttpResponse<String> scheduled = homeroom.postJson(sessions,
                "{\"title\":\"Ôn tập phân số\",\"startsAt\":\"2026-12-01T19:30\",\"durationMinutes\":45,\"meetingUrl\":\"https://meet.jit.si/hoclieu-3b\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        assertThat(json(scheduled).get("startsAt").asText()).as("19:30 in Vietnam is 12:30 UTC").startsWith("2026-12-01T12:30");
        long session = json(scheduled).get("id").asLong();

        ApiClient an = ApiClient.signedIn("hs.an");
        long anId = json(an.get("api/v1/auth/me")).get("id").asLong();
        long baoId = json(ApiClient.signedIn("hs.bao").get("api/v1/auth/me")).get("id").asLong();
        String attendance = "api/v1/sessions/" + session + "/attendance";
        HttpResponse<String> stranger = homeroom.send(homeroom.request(attendance).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"pupilId\":" + baoId + ",\"status\":\"PRESENT\"}]")).build());
        assertThat(stranger.statusCode()).as("a pupil of 5C").isEqualTo(400);
        assertThat(json(stranger).get("error").asText()).isEqualTo("not_in_class");
        HttpResponse<String> byPupil = an.send(an.request(attendance).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"pupilId\":" + anId + ",\"status\":\"PRESENT\"}]")).build());
        assertThat(byPupil.statusCode()).as("pupils do not mark themselves").isEqualTo(403);
        HttpResponse<String> marked = homeroom.send(homeroom.request(attendance).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"pupilId\":" + anId + ",\"status\":\"LATE\"}]")).build());
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

        JsonNode seen = null;
        for (JsonNode s : json(an.get(sessions))) {
            if (s.get("id").asLong() == session) {
                seen = s;
            }
        }
        assertThat(seen).isNotNull();
        assertThat(seen.get("meetingUrl").asText()).isEqualTo("https://meet.jit.si/hoclieu-3b");
        assertThat(seen.get("attendance")).hasSize(1);
        assertThat(seen.get("attendance").get(0).get("status").asText()).isEqualTo("LATE");
        assertThat(an.get("app/class.xhtml?id=" + class3B).body()).contains("Ôn tập phân số", "Đến muộn", "https://meet.jit.si/hoclieu-3b");
    }

    @Test
    void teachersHandOutPublishedMaterialsAndTheClassFindsThemOnItsPage() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        String title = "Giao lớp " + UUID.randomUUID().toString().substring(0, 6);
        long published = MaterialFixture.readyMaterialBy(homeroom).titled(title).createPublished();
        long draft = MaterialFixture.readyMaterialBy(homeroom).titled(title + " nháp").create();
        String path = "api/v1/classes/" + class3B + "/materials";

        assertThat(homeroom.postJson(path, "{\"materialId\":" + draft + "}").statusCode()).as("only published materials").isEqualTo(404);
        assertThat(ApiClient.signedIn("gv.minh").postJson(path, "{\"materialId\":" + published + "}").statusCode())
                .as("a teacher of another class").isEqualTo(403);
        assertThat(homeroom.postJson(path, "{\"materialId\":" + published + "}").statusCode()).isEqualTo(201);

        ApiClient pupil = ApiClient.signedIn("hs.an");
        assertThat(json(pupil.get(path)).findValuesAsText("materialId")).contains(Long.toString(published)).doesNotContain(Long.toString(draft));
        assertThat(pupil.get("app/class.xhtml?id=" + class3B).body()).contains(title);
        assertThat(ApiClient.signedIn("hs.bao").get(path).statusCode()).as("a pupil of 5C").isEqualTo(403);

        HttpResponse<String> removed = homeroom.send(homeroom.request(path + "/" + published).DELETE().build());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(json(pupil.get(path)).findValuesAsText("materialId")).doesNotContain(Long.toString(published));
    }

    @Test
    void aTeacherPutsAClassOnlyFileOnThePageAndOnlyTheClassDownloadsIt() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        byte[] worksheet = ("%PDF-1.4\nPhiếu bài tập tuần 12 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> added = upload(homeroom, "api/v1/classes/" + class3B + "/files?name=phieu-tuan-12.pdf&title="
                + URLEncoder.encode("Phiếu bài tập tuần 12", StandardCharsets.UTF_8), "application/pdf", worksheet);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long file = json(added).get("id").asLong();
        assertThat(json(added).has("blobId")).as("the store's name stays on the server").isFalse();

        ApiClient pupil = ApiClient.signedIn("hs.an");
        JsonNode listed = json(pupil.get("api/v1/classes/" + class3B + "/files"));
        assertThat(listed.findValuesAsText("title")).contains("Phiếu bài tập tuần 12");
        HttpResponse<byte[]> download = pupil.sendBytes(pupil.request("api/v1/class-files/" + file).GET().build());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(worksheet);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        for (String outsider : new String[] {"hs.bao", "gv.minh", "hs.yen"}) {
            ApiClient other = ApiClient.signedIn(outsider);
            assertThat(other.sendBytes(other.request("api/v1/class-files/" + file).GET().build()).statusCode()).as(outsider).isEqualTo(403);
        }
        assertThat(pupil.send(pupil.request("api/v1/class-files/" + file).DELETE().build()).statusCode()).as("pupils do not remove").isEqualTo(403);
        assertThat(homeroom.send(homeroom.request("api/v1/class-files/" + file).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(json(pupil.get("api/v1/classes/" + class3B + "/files")).findValuesAsText("id")).doesNotContain(Long.toString(file));
    }

    @Test
    void aClassFileOfAForbiddenTypeOrDisguisedIsRefusedAndNothingIsKept() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classNamed(homeroom, "3B");
        String files = "api/v1/classes/" + class3B + "/files";
        int before = json(homeroom.get(files)).size();

        HttpResponse<String> script = upload(homeroom, files + "?name=cai-dat.exe", "application/octet-stream", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1));
        HttpResponse<String> disguised = upload(homeroom, files + "?name=bai-tap.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        HttpResponse<String> byPupil = upload(ApiClient.signedIn("hs.an"), files + "?name=x.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        assertThat(script.statusCode()).isEqualTo(415);
        assertThat(json(script).get("error").asText()).isEqualTo("file_type_not_allowed");
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(byPupil.statusCode()).isEqualTo(403);
        assertThat(json(homeroom.get(files)).size()).isEqualTo(before);
    }

    private static HttpResponse<String> upload(ApiClient client, String path, String type, byte[] bytes) {
        return client.send(client.request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static long classNamed(ApiClient teacher, String name) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class " + name);
    }
}
