package vn.hoclieu.launcher.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.SystemStack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** A pupil hands in text and a file from a phone-sized window; the teacher grades and releases; the pupil sees the result. */
class AssignmentBrowserIT {

    private ChromeDriver pupil;
    private ChromeDriver teacher;

    @AfterEach
    void close() {
        if (pupil != null) {
            pupil.quit();
        }
        if (teacher != null) {
            teacher.quit();
        }
    }

    @Test
    void aPupilHandsInFromAPhoneAndSeesTheGradeOnceTheTeacherReleasesIt() throws IOException {
        String title = "Kể về gia đình em " + UUID.randomUUID().toString().substring(0, 6);
        long id = assignmentFor3B(title);
        Path file = Files.writeString(Files.createTempDirectory("bai").resolve("bai-lam.txt"), "Gia đình em có bốn người.", StandardCharsets.UTF_8);

        pupil = Browser.open(360, 740);
        signIn(pupil, "hs.an");
        pupil.get(SystemStack.url() + "app/home.xhtml");
        pupil.findElement(By.cssSelector("#upcoming-assignments")).findElement(By.linkText(title)).click(); // the home page lists work to do
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-title"), title));
        pupil.findElement(By.id("work:text")).sendKeys("Bố em là nông dân.\nMẹ em là giáo viên.");
        pupil.findElement(By.id("work:save")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "Bản nháp"));
        pupil.findElement(By.id("upload:file")).sendKeys(file.toString());
        pupil.findElement(By.id("upload:send")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("my-files"), "bai-lam.txt"));
        pupil.findElement(By.id("work:submit")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "Đã nộp"));
        assertThat(pupil.findElements(By.id("my-grade"))).isEmpty();
        Browser.screenshot(pupil, "assignment-pupil-submitted");

        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/assignment.xhtml?id=" + id + "&status=SUBMITTED");
        String row = "li[data-pupil='" + idOf("hs.an") + "'] ";
        teacher.findElement(By.cssSelector(row + "summary")).click();
        assertThat(teacher.findElement(By.cssSelector(row + ".hl-description")).getText()).contains("Mẹ em là giáo viên.");
        new Select(teacher.findElement(By.cssSelector(row + "select[id$=':rating']"))).selectByValue("T");
        teacher.findElement(By.cssSelector(row + "textarea[id$=':feedback']")).sendKeys("Em kể rất cảm động.");
        teacher.findElement(By.cssSelector(row + "input[id$=':grade:save']")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "Đã chấm: 1"));
        teacher.findElement(By.id("release:go")).click();
        waitFor(teacher, ExpectedConditions.presenceOfElementLocated(By.id("release:released")));
        Browser.screenshot(teacher, "assignment-teacher-released");

        pupil.navigate().refresh();
        waitFor(pupil, ExpectedConditions.presenceOfElementLocated(By.id("my-grade")));
        assertThat(pupil.findElement(By.id("grade-value")).getText()).isEqualTo("Hoàn thành tốt");
        assertThat(pupil.findElement(By.id("my-feedback")).getText()).contains("Em kể rất cảm động.");
        Browser.screenshot(pupil, "assignment-pupil-graded");
    }

    private static long assignmentFor3B(String title) {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        long class3B = -1;
        for (JsonNode c : json(lan.get("api/v1/classes"))) {
            if (c.get("name").asText().equals("3B")) {
                class3B = c.get("id").asLong();
            }
        }
        long subject = -1;
        for (JsonNode s : json(lan.get("api/v1/classes/" + class3B + "/assignments/subjects"))) {
            if (s.get("code").asText().equals("TIENG_VIET")) {
                subject = s.get("id").asLong();
            }
        }
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> created = lan.postJson("api/v1/classes/" + class3B + "/assignments",
                "{\"subjectId\":" + subject + ",\"title\":\"" + title + "\",\"instructions\":\"<p>Viết 5 câu.</p>\",\"opensAt\":\""
                        + now.minusHours(1) + "\",\"dueAt\":\"" + now.plusDays(3) + "\",\"allowedExtensions\":[\"txt\",\"pdf\",\"jpg\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private static long idOf(String username) {
        return json(ApiClient.signedIn(username).get("api/v1/auth/me")).get("id").asLong();
    }

    private static void signIn(ChromeDriver browser, String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private static void waitFor(ChromeDriver browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
