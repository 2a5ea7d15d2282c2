package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;
import static vn.hoclieu.launcher.system.CertificateFixture.HOLDER;
import static vn.hoclieu.launcher.system.CertificateFixture.HOLDER_NAME;

/**
 * Certificates through the running system: the district issues one, its holder lists and
 * downloads it, anyone verifies its code and learns the printed fields and nothing more; forged
 * and altered codes are unknown; a revoked certificate verifies as revoked, with its reason. An open
 * course's authors list and revoke the certificates their course issued, and no others.
 */
class CertificateApiIT {

    private static final String TITLE = "Bồi dưỡng thường xuyên: Chuyển đổi số trong dạy học";

    @Test
    void theHolderListsAndDownloadsTheCertificateAsAPdfWithTheirNameAndCode() throws Exception {
        String code = CertificateFixture.issued(TITLE);
        ApiClient holder = ApiClient.signedIn(HOLDER);

        JsonNode mine = json(holder.get("api/v1/certificates/mine"));
        JsonNode listed = find(mine, code);
        assertThat(listed.get("courseTitle").asText()).isEqualTo(TITLE);
        assertThat(listed.get("status").asText()).isEqualTo("VALID");

        HttpResponse<byte[]> pdf = holder.sendBytes(holder.request(listed.get("pdf").asText()).GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("GIẤY CHỨNG NHẬN", HOLDER_NAME, TITLE,
                    "Thời lượng: 12,5 giờ", "ngày 20 tháng 11 năm 2026", code, "/verify/" + code);
        }
    }

    @Test
    void anyoneVerifiesAValidCodeAndLearnsThePrintedFieldsAndNothingMore() {
        String code = CertificateFixture.issued(TITLE);

        HttpResponse<String> answer = ApiClient.forSystem().get("api/v1/verify/" + code);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode checked = json(answer);
        assertThat(checked.get("status").asText()).isEqualTo("VALID");
        assertThat(checked.get("code").asText()).isEqualTo(code);
        assertThat(checked.get("holderName").asText()).isEqualTo(HOLDER_NAME);
        assertThat(checked.get("courseTitle").asText()).isEqualTo(TITLE);
        assertThat(checked.get("hours").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(checked.get("completedOn").asText()).isEqualTo("2026-11-20");
        assertThat(checked.get("issuerName").asText()).isNotBlank();
        List<String> fields = new ArrayList<>();
        checked.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("no account id, username, email, birth date or school")
                .containsExactlyInAnyOrder("status", "code", "holderName", "courseTitle", "hours", "completedOn", "issuerName");
        assertThat(answer.body()).doesNotContain(HOLDER, "holderAccountId");
    }

    @Test
    void theCodeIsReadInAnyCaseWithoutDashes() {
        String code = CertificateFixture.issued(TITLE);
        String typed = code.replace("-", "").toLowerCase(Locale.ROOT);

        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + typed)).get("status").asText()).isEqualTo("VALID");
    }

    @Test
    void aForgedCodeIsUnknownAndSaysNothingElse() {
        JsonNode checked = json(ApiClient.forSystem().get("api/v1/verify/HL-7K3Q-9XWM-2D4P-ABCD"));

        assertThat(checked.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(checked.get("holderName")).isNull();
        assertThat(checked.get("courseTitle")).isNull();
    }

    @Test
    void aRealCodeWithOneCharacterChangedIsUnknownWhereverTheChangeIs() {
        String code = CertificateFixture.issued(TITLE);
        ApiClient anyone = ApiClient.forSystem();

        for (int position : new int[]{3, 9, 13, code.length() - 1}) {
            String altered = code.substring(0, position) + (code.charAt(position) == 'Z' ? 'Y' : 'Z') + code.substring(position + 1);
            assertThat(json(anyone.get("api/v1/verify/" + altered)).get("status").asText()).as(altered).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedWithTheDateAndReason() {
        String code = CertificateFixture.issued(TITLE);
        String reason = "Cấp nhầm người: học viên chưa dự đủ buổi";

        HttpResponse<String> revoked = CertificateFixture.districtAdmin().postJson("api/v1/certificates/" + code + "/revoke",
                "{\"reason\":\"" + reason + "\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

        JsonNode checked = json(ApiClient.forSystem().get("api/v1/verify/" + code));
        assertThat(checked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(checked.get("revokeReason").asText()).isEqualTo(reason);
        assertThat(checked.get("revokedAt").asText()).isNotBlank();
        assertThat(checked.get("holderName").asText()).isEqualTo(HOLDER_NAME);
        assertThat(find(json(ApiClient.signedIn(HOLDER).get("api/v1/certificates/mine")), code).get("status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void issuingTwiceUnderTheSameReferenceGivesOneCertificate() {
        ApiClient admin = CertificateFixture.districtAdmin();
        long holderId = CertificateFixture.holderId();
        String reference = CertificateFixture.newReference();

        String first = json(CertificateFixture.issue(admin, holderId, TITLE, reference)).get("code").asText();
        String second = json(CertificateFixture.issue(admin, holderId, TITLE, reference)).get("code").asText();

        assertThat(second).isEqualTo(first);
        long listed = count(json(ApiClient.signedIn(HOLDER).get("api/v1/certificates/mine")), first);
        assertThat(listed).isEqualTo(1);
    }

    @Test
    void twoIssuesUnderOneReferenceAtOnceGiveOneCertificate() throws Exception {
        long holderId = CertificateFixture.holderId();
        String reference = CertificateFixture.newReference();
        ApiClient first = CertificateFixture.districtAdmin();
        ApiClient second = CertificateFixture.districtAdmin();

        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> CertificateFixture.issue(first, holderId, TITLE, reference));
        var two = java.util.concurrent.CompletableFuture.supplyAsync(() -> CertificateFixture.issue(second, holderId, TITLE, reference));

        assertThat(one.get().statusCode()).as(one.get().body()).isEqualTo(201);
        assertThat(two.get().statusCode()).as(two.get().body()).isEqualTo(201);
        String code = json(one.get()).get("code").asText();
        assertThat(json(two.get()).get("code").asText()).isEqualTo(code);
        assertThat(count(json(ApiClient.signedIn(HOLDER).get("api/v1/certificates/mine")), code)).isEqualTo(1);
    }

    @Test
    void onlyTheDistrictsAdminsIssueAndOnlyTheyOrTheCoursesAuthorsRevoke() {
        String code = CertificateFixture.issued(TITLE);
        long holderId = CertificateFixture.holderId();

        HttpResponse<String> pupil = ApiClient.signedIn("hs.an").postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"thử\"}");
        HttpResponse<String> schoolAdmin = ApiClient.signedIn("ht.son").postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"thử\"}");
        HttpResponse<String> holder = ApiClient.signedIn(HOLDER).postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"thử\"}");
        HttpResponse<String> anonymous = ApiClient.forSystem().postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"thử\"}");
        HttpResponse<String> teacherIssues = CertificateFixture.issue(ApiClient.signedIn("gv.lan"), holderId, TITLE, CertificateFixture.newReference());

        assertThat(pupil.statusCode()).isEqualTo(403);
        assertThat(json(pupil).get("error").asText()).isEqualTo("forbidden");
        assertThat(schoolAdmin.statusCode()).isEqualTo(403);
        assertThat(holder.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(teacherIssues.statusCode()).isEqualTo(403);
        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + code)).get("status").asText()).isEqualTo("VALID");
    }

    @Test
    void aCoursesAuthorListsTheCertificatesItIssuedAndRevokesOneWithAReason() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        OpenCourseFixture course = OpenCourseFixture.publishedBy(lan);
        String code = course.completedBy(ApiClient.signedIn(HOLDER));
        String listed = "api/v1/courses/" + course.courseId + "/certificates";

        JsonNode issued = json(lan.get(listed));
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).get("code").asText()).isEqualTo(code);
        assertThat(issued.get(0).get("holderName").asText()).isEqualTo(HOLDER_NAME);
        HttpResponse<String> noReason = lan.postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"\"}");
        HttpResponse<String> revoked = lan.postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"Bài kiểm tra do người khác làm hộ\"}");

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        JsonNode checked = json(ApiClient.forSystem().get("api/v1/verify/" + code));
        assertThat(checked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(checked.get("revokeReason").asText()).isEqualTo("Bài kiểm tra do người khác làm hộ");
        assertThat(json(lan.get(listed)).get(0).get("status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void anAuthorRevokesOnlyTheCertificatesOfTheirOwnCourse() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        String code = course.completedBy(ApiClient.signedIn(HOLDER));
        String byTheDistrict = CertificateFixture.issued(TITLE);
        ApiClient otherTeacher = ApiClient.signedIn("gv.ha");

        HttpResponse<String> list = otherTeacher.get("api/v1/courses/" + course.courseId + "/certificates");
        HttpResponse<String> revoke = otherTeacher.postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"thử\"}");
        HttpResponse<String> learnerList = ApiClient.signedIn(HOLDER).get("api/v1/courses/" + course.courseId + "/certificates");
        HttpResponse<String> anonymousList = ApiClient.forSystem().get("api/v1/courses/" + course.courseId + "/certificates");
        HttpResponse<String> notTheCourses = ApiClient.signedIn("gv.lan")
                .postJson("api/v1/certificates/" + byTheDistrict + "/revoke", "{\"reason\":\"thử\"}");

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(revoke.statusCode()).isEqualTo(403);
        assertThat(json(revoke).get("error").asText()).isEqualTo("forbidden");
        assertThat(learnerList.statusCode()).isEqualTo(403);
        assertThat(anonymousList.statusCode()).isEqualTo(401);
        assertThat(notTheCourses.statusCode()).as("issued by the district, not by a course").isEqualTo(403);
        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + code)).get("status").asText()).isEqualTo("VALID");
        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + byTheDistrict)).get("status").asText()).isEqualTo("VALID");
    }

    @Test
    void onlyTheHolderAndTheDistrictsAdminsDownloadTheCertificate() {
        String code = CertificateFixture.issued(TITLE);
        String pdf = "api/v1/certificates/" + code + ".pdf";

        assertThat(ApiClient.signedIn("hs.an").get(pdf).statusCode()).isEqualTo(403);
        assertThat(ApiClient.forSystem().get(pdf).statusCode()).isEqualTo(401);
        assertThat(CertificateFixture.districtAdmin().get(pdf).statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithATranslatedReasonAndChangesNothing() {
        ApiClient admin = CertificateFixture.districtAdmin();
        String code = CertificateFixture.issued(TITLE);

        HttpResponse<String> noTitle = admin.postJson("api/v1/certificates", "{\"holderAccountId\":" + CertificateFixture.holderId()
                + ",\"hours\":0,\"completedOn\":\"2026-11-20\",\"reference\":\"" + CertificateFixture.newReference() + "\"}");
        HttpResponse<String> noReason = admin.postJson("api/v1/certificates/" + code + "/revoke", "{\"reason\":\"  \"}");
        HttpResponse<String> noSuchHolder = CertificateFixture.issue(admin, 987654321L, TITLE, CertificateFixture.newReference());
        HttpResponse<String> unknownCode = admin.postJson("api/v1/certificates/HL-7K3Q-9XWM-2D4P-ABCD/revoke", "{\"reason\":\"sai\"}");
        HttpResponse<String> notJson = admin.postJson("api/v1/certificates", "{\"holderAccountId\":");

        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(json(noTitle).get("fields").get("courseTitle").asText()).isEqualTo("Nhập tên khoá học.");
        assertThat(json(noTitle).get("fields").get("hours").asText()).contains("0,5");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("fields").get("reason").asText()).isEqualTo("Thiếu thông tin bắt buộc.");
        assertThat(noSuchHolder.statusCode()).isEqualTo(400);
        assertThat(json(noSuchHolder).get("fields").get("holderAccountId").asText()).isEqualTo("Không có tài khoản này.");
        assertThat(unknownCode.statusCode()).isEqualTo(404);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + code)).get("status").asText()).isEqualTo("VALID");
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode c : list) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code + " not in " + list);
    }

    private static long count(JsonNode list, String code) {
        long n = 0;
        for (JsonNode c : list) {
            if (c.get("code").asText().equals(code)) {
                n++;
            }
        }
        return n;
    }
}
