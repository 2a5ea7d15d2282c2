package vn.hoclieu.launcher.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.ReviewDesk;
import vn.hoclieu.launcher.system.SystemStack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * gv.lan shares a bank category from the bank page ("Gửi duyệt để chia sẻ"), reads its preview as
 * reviewers will (the right option marked), and reads the reviewer's comment on the bank page once
 * changes are requested; a pupil is refused the preview page.
 */
class QuestionSetBrowserIT {

    private ChromeDriver teacher;

    @AfterEach
    void close() {
        if (teacher != null) {
            teacher.quit();
        }
    }

    @Test
    void aTeacherSubmitsACategoryForSharingAndReadsTheReviewersCommentOnTheBankPage() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        ApiClient lan = ApiClient.signedIn("gv.lan");
        long set = id(lan.postJson("api/v1/question-categories", "{\"name\":\"Phân số " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}"));
        id(lan.postJson("api/v1/questions", """
                {"categoryId":%d,"title":"Một nửa %s","type":"SINGLE_CHOICE","stem":"Phân số nào bằng 0,5?",
                 "choices":[{"id":"a","html":"1/3"},{"id":"b","html":"1/2"}],"key":{"type":"SINGLE_CHOICE","correct":"b"},
                 "points":1,"difficulty":2,"tags":["phân số"],"version":0}""".formatted(set, marker)));

        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/question-bank.xhtml?category=" + set);
        assertThat(teacher.findElement(By.id("set-status")).getText()).isEqualTo("Riêng tư (chưa gửi duyệt)");
        teacher.findElement(By.id("setSubmission:note")).sendKeys("Một câu về phân số");
        teacher.findElement(By.id("setSubmission:submit")).click();
        waitFor(d -> d.findElement(By.id("set-status")).getDomAttribute("data-status").matches("SUBMITTED|IN_REVIEW"));
        assertThat(teacher.findElements(By.id("setSubmission:submit"))).as("not twice while reviewers have it").isEmpty();
        Browser.screenshot(teacher, "question-set-submitted");

        teacher.findElement(By.id("set-preview")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("set-name"), "Phân số " + marker));
        assertThat(teacher.findElement(By.id("set-facts")).getText()).startsWith("Toán · lớp 3 · 1 câu hỏi");
        assertThat(teacher.findElement(By.cssSelector("#set-questions li[data-correct='true']")).getText()).startsWith("1/2");
        Browser.screenshot(teacher, "question-set-preview");
        HttpResponse<String> pupil = ApiClient.signedIn("hs.an").get("app/question-set.xhtml?id=" + set);
        assertThat(pupil.statusCode()).as("keys are never shown to pupils").isEqualTo(403);

        long carrier = json(lan.get("api/v1/question-categories/" + set + "/submission")).get("category").get("carrierMaterialId").asLong();
        new ReviewDesk("td.thu").claimAndDecide(carrier, "REQUEST_CHANGES", "Thêm một câu về phân số bằng nhau", 3);
        teacher.get(SystemStack.url() + "app/question-bank.xhtml?category=" + set);
        assertThat(teacher.findElement(By.id("set-status")).getDomAttribute("data-status")).isEqualTo("CHANGES_REQUESTED");
        assertThat(teacher.findElement(By.id("set-comments")).getText()).contains("Thêm một câu về phân số bằng nhau");
        assertThat(teacher.findElements(By.id("setSubmission:submit"))).as("she may send it again").hasSize(1);
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private void signIn(ChromeDriver browser, String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(teacher, Duration.ofSeconds(30)).until(condition);
    }
}
