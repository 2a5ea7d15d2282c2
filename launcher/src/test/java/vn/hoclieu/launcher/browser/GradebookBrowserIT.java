package vn.hoclieu.launcher.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.SystemStack;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * A subject teacher opens 7A's Civic education book from the class page, types the end-of-term mark
 * with a Vietnamese decimal comma and a wrong one: the wrong cell is marked and nothing is saved;
 * once it is mended the term average appears ("7,9").
 */
class GradebookBrowserIT {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeacherTypesMarksFixesTheWrongOneAndSeesTheTermAverage() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        long class7A = classId(teacher);
        long civics = subjectId(teacher, class7A, "GDCD");
        String sheet = "api/v1/classes/" + class7A + "/gradebook/" + civics + "?term=FIRST";
        long khanh = json(ApiClient.signedIn("hs.khanh").get("api/v1/auth/me")).get("id").asLong();
        long linh = json(ApiClient.signedIn("hs.linh").get("api/v1/auth/me")).get("id").asLong();
        long tx1 = column(teacher, sheet, "REGULAR");
        long tx2 = column(teacher, sheet, "REGULAR");
        long mid = column(teacher, sheet, "MIDTERM");
        long end = column(teacher, sheet, "END_OF_TERM");
        assertThat(teacher.putJson(sheet.replace("?", "/entries?"), "[" + cell(tx1, khanh, "7") + "," + cell(tx2, khanh, "8") + ","
                + cell(mid, khanh, "6") + "]").statusCode()).isEqualTo(200);

        browser = Browser.open(1280, 900);
        signIn("gv.hung");
        browser.get(SystemStack.url() + "app/class.xhtml?id=" + class7A);
        browser.findElement(By.linkText("Giáo dục công dân")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("gradebook")));

        input(end, khanh).sendKeys("9,5");
        input(tx1, linh).sendKeys("11");
        browser.findElement(By.id("grid:save")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.hl-invalid")));
        assertThat(browser.findElement(By.cssSelector("td.hl-invalid")).getAttribute("data-cell")).isEqualTo(tx1 + ":" + linh);
        assertThat(browser.findElement(By.cssSelector("td.hl-invalid .hl-cell-problem")).getText()).contains("từ 0 đến 10");
        assertThat(rowOf(json(teacher.get(sheet)), khanh).get("cells")).as("nothing saved").hasSize(3);
        Browser.screenshot(browser, "gradebook-invalid-cell");

        input(tx1, linh).clear();
        browser.findElement(By.id("grid:save")).click();

        // Circular 22: (7 + 8 + 2·6 + 3·9.5) / (2 + 5) = 55.5 / 7 = 7.93 → 7,9
        wait(ExpectedConditions.textToBe(By.cssSelector("tr[data-pupil='" + khanh + "'] td.hl-result"), "7,9"));
        assertThat(browser.findElements(By.cssSelector("td.hl-invalid"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("tr[data-pupil='" + linh + "'] td.hl-result")).getText()).startsWith("—");
        Browser.screenshot(browser, "gradebook-average");
    }

    private WebElement input(long column, long pupil) {
        return browser.findElement(By.cssSelector("td[data-cell='" + column + ":" + pupil + "'] input"));
    }

    private static long column(ApiClient teacher, String sheet, String kind) {
        JsonNode columns = json(teacher.postJson(sheet.replace("?", "/columns?"), "{\"kind\":\"" + kind + "\"}")).get("columns");
        return columns.get(columns.size() - 1).get("id").asLong();
    }

    private static String cell(long column, long pupil, String score) {
        return "{\"columnId\":" + column + ",\"pupilId\":" + pupil + ",\"score\":" + score + "}";
    }

    private static JsonNode rowOf(JsonNode sheet, long pupil) {
        for (JsonNode row : sheet.get("rows")) {
            if (row.get("pupilId").asLong() == pupil) {
                return row;
            }
        }
        throw new AssertionError("no row of " + pupil);
    }

    private static long classId(ApiClient teacher) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals("7A")) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class 7A");
    }

    private static long subjectId(ApiClient teacher, long classId, String code) {
        for (JsonNode s : json(teacher.get("api/v1/classes/" + classId + "/gradebook"))) {
            if (s.get("code").asText().equals(code)) {
                return s.get("subjectId").asLong();
            }
        }
        throw new AssertionError("no subject " + code);
    }

    private void signIn(String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
