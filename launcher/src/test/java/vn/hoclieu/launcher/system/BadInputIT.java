package vn.hoclieu.launcher.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** Malformed, incomplete or oversize requests get a clear 4xx in JSON, never a stack trace. */
class BadInputIT {

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = ApiClient.forSystem().postJson("api/v1/auth/login", "{\"username\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("bad_json");
        assertThat(response.body()).doesNotContain("Exception", "at vn.");
    }

    @Test
    void missingFieldsAre400WithALocalizedMessagePerField() {
        HttpResponse<String> response = ApiClient.forSystem().postJson("api/v1/auth/login", "{\"username\":\"gv.lan\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("fields").get("password").asText()).isEqualTo("Vui lòng nhập mật khẩu.");
    }

    @Test
    void invalidRegistrationNamesTheFieldInEnglishWhenAskedFor() {
        HttpResponse<String> response = ApiClient.forSystem().inLanguage("en").postJson("api/v1/learners",
                "{\"username\":\"Có Dấu\",\"displayName\":\"X\",\"password\":\"short\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("fields").get("username").asText()).startsWith("A username has 3–32 characters");
        assertThat(json(response).get("fields").get("password").asText()).isEqualTo("A password has 10 to 128 characters.");
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";

        HttpResponse<String> response = ApiClient.forSystem().postJson("api/v1/auth/login", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void formEncodedLoginIsRefusedAsUnsupported() {
        HttpResponse<String> response = ApiClient.forSystem().post("api/v1/auth/login",
                "application/x-www-form-urlencoded", "username=gv.lan&password=x");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void unknownApiPathIsJson404() {
        HttpResponse<String> response = ApiClient.forSystem().get("api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void unknownPageShowsTheLocalizedErrorPage() {
        HttpResponse<String> response = ApiClient.forSystem().get("khong-co-trang-nay.xhtml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("java.lang.", "\tat ");
    }

    @Test
    void duplicateRegistrationIs409() {
        String body = "{\"username\":\"trung.ten\",\"displayName\":\"Trùng Tên\",\"password\":\"mat-khau-dai-du\"}";
        ApiClient.forSystem().postJson("api/v1/learners", body);

        HttpResponse<String> again = ApiClient.forSystem().postJson("api/v1/learners", body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("message").asText()).isEqualTo("Tên đăng nhập hoặc thư điện tử này đã có người dùng.");
    }
}
