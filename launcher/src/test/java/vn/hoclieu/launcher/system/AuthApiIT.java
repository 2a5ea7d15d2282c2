package vn.hoclieu.launcher.system;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.demo.DemoSchool;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** Signing in and out through the API, and what each role may call. */
class AuthApiIT {

    private static final String PASSWORD = DemoSchool.PASSWORD;

    @Test
    void teacherSignsInAndSeesHerAccount() {
        ApiClient teacher = ApiClient.forSystem();
        HttpResponse<String> login = teacher.login("gv.lan", PASSWORD);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(json(login).get("displayName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(json(teacher.get("api/v1/auth/me")).get("roles").toString()).contains("TEACHER");
    }

    @Test
    void signingInGivesANewSessionId() {
        ApiClient client = ApiClient.forSystem();
        client.get("index.xhtml");
        String before = client.sessionId().orElseThrow();

        client.login("gv.minh", PASSWORD);

        assertThat(client.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefusedInVietnameseByDefault() {
        HttpResponse<String> login = ApiClient.forSystem().login("gv.minh", "not-the-password");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(json(login).get("error").asText()).isEqualTo("bad_credentials");
        assertThat(json(login).get("message").asText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void unknownUserIsRefusedInEnglishWhenAskedFor() {
        HttpResponse<String> login = ApiClient.forSystem().inLanguage("en").login("nobody.here", "whatever-password");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(json(login).get("message").asText()).isEqualTo("Wrong username or password.");
    }

    @Test
    void anonymousCallerGets401() {
        HttpResponse<String> me = ApiClient.forSystem().get("api/v1/auth/me");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(json(me).get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void pupilIsForbiddenFromStaffEndpoints() {
        ApiClient pupil = ApiClient.forSystem();
        pupil.login("hs.an", PASSWORD);

        HttpResponse<String> classes = pupil.get("api/v1/classes");

        assertThat(classes.statusCode()).isEqualTo(403);
        assertThat(json(classes).get("message").asText()).isEqualTo("Tài khoản của bạn không có quyền thực hiện thao tác này.");
    }

    @Test
    void teacherListsTheClassesSheTeaches() {
        ApiClient teacher = ApiClient.forSystem();
        teacher.login("gv.nhung", PASSWORD);

        HttpResponse<String> classes = teacher.get("api/v1/classes");

        assertThat(classes.statusCode()).isEqualTo(200);
        assertThat(json(classes).findValuesAsText("name")).containsExactly("1A", "3B", "5C");
    }

    @Test
    void signingOutEndsTheSession() {
        ApiClient teacher = ApiClient.forSystem();
        teacher.login("gv.lan", PASSWORD);

        assertThat(teacher.postJson("api/v1/auth/logout", "").statusCode()).isEqualTo(204);
        assertThat(teacher.get("api/v1/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        ApiClient guesser = ApiClient.forSystem();
        String username = "lockout.target";
        ApiClient.forSystem().postJson("api/v1/learners", """
                {"username":"%s","displayName":"Người Bị Đoán","password":"mat-khau-dai-du"}""".formatted(username));
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login(username, "wrong-guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = guesser.login(username, "mat-khau-dai-du");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(throttled).get("error").asText()).isEqualTo("throttled");
    }
}
