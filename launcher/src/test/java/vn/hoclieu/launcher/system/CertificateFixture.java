package vn.hoclieu.launcher.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import static vn.hoclieu.launcher.system.ApiClient.json;

/** Certificates issued by the district's admin (pgd.mai) to the demo learner (hv.tam), for the API and browser tests. */
public final class CertificateFixture {

    public static final String HOLDER = "hv.tam";
    public static final String HOLDER_NAME = "Bùi Thanh Tâm";

    private CertificateFixture() {
    }

    public static ApiClient districtAdmin() {
        return ApiClient.signedIn("pgd.mai");
    }

    public static long holderId() {
        return json(ApiClient.signedIn(HOLDER).get("api/v1/auth/me")).get("id").asLong();
    }

    /** A fresh district register number, so every test issues its own certificate. */
    public static String newReference() {
        return "BD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static HttpResponse<String> issue(ApiClient admin, long holderId, String title, String reference) {
        return admin.postJson("api/v1/certificates", "{\"holderAccountId\":" + holderId + ",\"courseTitle\":\"" + title
                + "\",\"hours\":12.5,\"completedOn\":\"2026-11-20\",\"reference\":\"" + reference + "\"}");
    }

    /** Issues one and answers its code (HL-XXXX-XXXX-XXXX-XXXX). */
    public static String issued(String title) {
        HttpResponse<String> issued = issue(districtAdmin(), holderId(), title, newReference());
        if (issued.statusCode() != 201) {
            throw new AssertionError("issuing failed: " + issued.statusCode() + " " + issued.body());
        }
        return json(issued).get("code").asText();
    }
}
