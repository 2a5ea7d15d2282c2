package vn.hoclieu.launcher.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every response promises: security headers, safe cookies, gzip, an API description. */
class WebPlatformIT {

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = ApiClient.forSystem().get("index.xhtml");

        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        List<String> cookies = ApiClient.forSystem().login("gv.lan", vn.hoclieu.core.demo.DemoSchool.PASSWORD)
                .headers().allValues("Set-Cookie");

        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void homePageIsVietnameseByDefault() {
        HttpResponse<String> page = ApiClient.forSystem().get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"vi\"", "Chào mừng đến với HọcLiệu");
    }

    @Test
    void pagesDeclareTheirIconSoBrowsersDoNotAskForAMissingOne() {
        ApiClient client = ApiClient.forSystem();
        java.util.regex.Matcher icon = java.util.regex.Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/?([^\"]+)\"")
                .matcher(client.get("courses.xhtml").body());

        assertThat(icon.find()).as("the page's head declares an icon").isTrue();
        HttpResponse<String> svg = client.get(icon.group(1).replace("&amp;", "&"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
    }

    @Test
    void textIsGzippedForClientsThatAcceptIt() {
        ApiClient client = ApiClient.forSystem();
        HttpResponse<String> css = client.send(client.request("jakarta.faces.resource/components.js.xhtml?ln=primefaces")
                .header("Accept-Encoding", "gzip").GET().build());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        ApiClient client = ApiClient.forSystem();
        // the document is built on its first request by scanning every resource: slow on a loaded 2-core machine
        HttpResponse<String> openapi = client.send(client.request("openapi").timeout(java.time.Duration.ofSeconds(120)).GET().build());

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/auth/login", "/api/v1/learners", "HocLieu API");
    }

    @Test
    void signedInPagesRedirectAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> home = ApiClient.forSystem().get("app/home.xhtml");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().contains("/login.xhtml?next=");
    }
}
