package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * A head teacher sets class 3B up from a roster file through the running system: pupils sign in
 * with the first passwords of the import, broken files import nothing, other schools' staff are
 * refused, and the homeroom teacher resets a pupil's password.
 */
class RosterApiIT {

    private static final String CSV = "text/csv; charset=UTF-8";

    /** Whoever saw the login card must not keep access: the first password only opens the way to choosing one's own. */
    private static void choosesOwnPasswordBeforeAnythingElse(ApiClient pupil, String firstPassword) {
        assertThat(json(pupil.get("api/v1/auth/me")).get("mustChangePassword").asBoolean()).isTrue();
        HttpResponse<String> blocked = pupil.get("api/v1/notifications");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(json(blocked).get("error").asText()).isEqualTo("password_change_required");
        HttpResponse<String> page = pupil.get("app/home.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/password.xhtml"));

        assertThat(json(pupil.postJson("api/v1/auth/password", "{\"currentPassword\":\"" + firstPassword + "\",\"newPassword\":\"ngắn\"}"))
                .get("error").asText()).isEqualTo("password_too_short");
        assertThat(json(pupil.postJson("api/v1/auth/password", "{\"currentPassword\":\"sai-mat-khau\",\"newPassword\":\"em thích học toán\"}"))
                .get("error").asText()).isEqualTo("wrong_current_password");
        HttpResponse<String> changed = pupil.postJson("api/v1/auth/password",
                "{\"currentPassword\":\"" + firstPassword + "\",\"newPassword\":\"em thích học toán\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(json(pupil.get("api/v1/auth/me")).get("mustChangePassword").asBoolean()).isFalse();
        assertThat(pupil.get("api/v1/notifications").statusCode()).isEqualTo(200);
        assertThat(pupil.get("app/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aThreePupilCsvCreatesAccountsThatSignInWithTheirFirstPasswords() throws IOException {
        ApiClient head = ApiClient.signedIn("ht.son");
        long school = schoolOf(head);

        HttpResponse<String> preview = head.send(rosterPost(head, "api/v1/schools/" + school + "/roster/preview", "three-pupils-3b.csv"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(json(preview).get("importable").asBoolean()).isTrue();
        assertThat(json(preview).get("pupils").get(1).get("className").asText()).isEqualTo("3B");

        HttpResponse<String> imported = head.send(rosterPost(head, "api/v1/schools/" + school + "/roster/import", "three-pupils-3b.csv"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode pupils = json(imported).get("pupils");
        assertThat(pupils).hasSize(3);
        assertThat(pupils.get(0).get("name").asText()).isEqualTo("Hoàng Thị Ngọc Ánh");
        assertThat(pupils.get(0).get("username").asText()).startsWith("hs.anh");
        assertThat(pupils.get(2).get("username").asText()).startsWith("hs.doan");

        ApiClient pupil = ApiClient.forSystem();
        HttpResponse<String> login = pupil.login(pupils.get(0).get("username").asText(), pupils.get(0).get("firstPassword").asText());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(json(pupil.get("api/v1/auth/me")).get("roles").toString()).contains("STUDENT");
        choosesOwnPasswordBeforeAnythingElse(pupil, pupils.get(0).get("firstPassword").asText());

        HttpResponse<byte[]> cards = head.sendBytes(head.request(json(imported).get("cards").asText() + "?class=3B").GET().build());
        assertThat(cards.statusCode()).isEqualTo(200);
        assertThat(cards.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(cards.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Hoàng Thị Ngọc Ánh", "Đinh Văn Đoàn",
                    pupils.get(1).get("firstPassword").asText(), "Tên đăng nhập");
        }
        HttpResponse<String> othersCards = ApiClient.signedIn("gv.lan").get(json(imported).get("cards").asText());
        assertThat(othersCards.statusCode()).as("only the issuer downloads the cards").isEqualTo(404);

        HttpResponse<String> again = head.send(rosterPost(head, "api/v1/schools/" + school + "/roster/import", "three-pupils-3b.csv"));
        assertThat(again.statusCode()).as("the same pupils twice").isEqualTo(400);
        assertThat(json(again).get("fields").get("line 2").asText()).contains("0801234501");
    }

    @Test
    void aBrokenFileImportsNothingAndSaysWhatIsWrongPerRow() {
        ApiClient head = ApiClient.signedIn("ht.son").inLanguage("en");
        long school = schoolOf(head);
        int pupilsBefore = pupilsOf3B();

        HttpResponse<String> response = head.send(rosterPost(head, "api/v1/schools/" + school + "/roster/import", "broken-3b.csv"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("roster_invalid");
        assertThat(body.get("fields").has("line 2")).as("the good row is fine").isFalse();
        assertThat(body.get("fields").get("line 3").asText()).isEqualTo("Birth date: “31/02/2017” is not a date (day/month/year, e.g. 05/03/2017).");
        assertThat(body.get("fields").get("line 4").asText()).contains("no class “9Z”", "code 0801234601 is already on row 2");
        assertThat(pupilsOf3B()).as("not even the good row").isEqualTo(pupilsBefore);
        assertThat(ApiClient.forSystem().login("hs.hop", "x").statusCode()).isEqualTo(401);
    }

    @Test
    void aWindowsEncodedFileIsRefusedAsNotUtf8() {
        ApiClient head = ApiClient.signedIn("ht.son");
        byte[] cp1258 = "Họ và tên,Ngày sinh,Giới tính,Lớp\nLê Văn Tám,01/01/2017,Nam,3B\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));

        HttpResponse<String> response = head.send(head.request("api/v1/schools/" + schoolOf(head) + "/roster/preview")
                .header("Content-Type", CSV).POST(HttpRequest.BodyPublishers.ofByteArray(cp1258)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("importable").asBoolean()).isFalse();
        assertThat(json(response).get("fileProblems").get(0).get("code").asText()).isEqualTo("not_utf8");
    }

    @Test
    void aRosterOverTwoMegabytesIs413() {
        ApiClient head = ApiClient.signedIn("ht.son");

        HttpResponse<String> response = head.post("api/v1/schools/" + schoolOf(head) + "/roster/preview", CSV, "x".repeat(3 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void staffOfAnotherSchoolAndTeachersAreRefused() {
        long hoaBinh = schoolOf(ApiClient.signedIn("ht.son"));
        ApiClient otherTeacher = ApiClient.signedIn("gv.ha");

        assertThat(otherTeacher.send(rosterPost(otherTeacher, "api/v1/schools/" + hoaBinh + "/roster/preview", "three-pupils-3b.csv")).statusCode())
                .isEqualTo(403);
        ApiClient head = ApiClient.signedIn("ht.son");
        long neighbour = schoolOf(ApiClient.signedIn("gv.ha"));
        assertThat(head.send(rosterPost(head, "api/v1/schools/" + neighbour + "/roster/import", "three-pupils-3b.csv")).statusCode())
                .as("a head teacher of another school").isEqualTo(403);
        long an = json(ApiClient.signedIn("hs.an").get("api/v1/auth/me")).get("id").asLong();
        HttpResponse<String> reset = otherTeacher.postJson("api/v1/pupils/" + an + "/password-reset", "{}");
        assertThat(reset.statusCode()).isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.minh").postJson("api/v1/pupils/" + an + "/password-reset", "{}").statusCode())
                .as("a teacher of the same school, not of 3B").isEqualTo(403);
    }

    @Test
    void theHomeroomTeacherResetsAPupilsPassword() {
        ApiClient pupil = ApiClient.signedIn("hs.dung");
        long dung = json(pupil.get("api/v1/auth/me")).get("id").asLong();

        HttpResponse<String> reset = ApiClient.signedIn("gv.lan").postJson("api/v1/pupils/" + dung + "/password-reset", "{}");

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        String first = json(reset).get("pupil").get("firstPassword").asText();
        assertThat(first).hasSize(8);
        assertThat(ApiClient.forSystem().login("hs.dung", vn.hoclieu.core.demo.DemoSchool.PASSWORD).statusCode())
                .as("the old password no longer works").isEqualTo(401);
        assertThat(ApiClient.forSystem().login("hs.dung", first).statusCode()).isEqualTo(200);
    }

    private static long schoolOf(ApiClient client) {
        return json(client.get("api/v1/auth/me")).get("schoolId").asLong();
    }

    private static int pupilsOf3B() {
        for (JsonNode c : json(ApiClient.signedIn("gv.lan").get("api/v1/classes"))) {
            if (c.get("name").asText().equals("3B")) {
                return c.get("pupils").asInt();
            }
        }
        throw new AssertionError("no 3B");
    }

    private static HttpRequest rosterPost(ApiClient client, String path, String resource) {
        return client.request(path).header("Content-Type", CSV).POST(HttpRequest.BodyPublishers.ofByteArray(resource(resource))).build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = RosterApiIT.class.getResourceAsStream("/roster/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
