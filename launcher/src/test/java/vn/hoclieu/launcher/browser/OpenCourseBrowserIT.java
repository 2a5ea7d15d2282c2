package vn.hoclieu.launcher.browser;

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
import vn.hoclieu.launcher.system.OpenCourseFixture;
import vn.hoclieu.launcher.system.SystemStack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 360-px phone finds a reviewed open course in the public catalogue without an
 * account, opens its page, creates a learner account, signs in, lands back on the course, enrols
 * and goes through the player — a material, a reading, the quiz — to the completion screen,
 * which shows the certificate earned; its verification page says it is valid. An enrolled learner
 * rates a course on its page.
 */
class OpenCourseBrowserIT {

    private ChromeDriver visitor;

    @AfterEach
    void close() {
        if (visitor != null) {
            visitor.quit();
        }
    }

    @Test
    void aVisitorFindsACourseRegistersEnrolsAndCompletesItInThePlayer() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        visitor = Browser.open(360, 740);

        OpenCourseFixture.awaitFound(course.title, course.courseId); // words go through the search index, a few seconds behind
        visitor.get(SystemStack.url() + "courses.xhtml?q=" + URLEncoder.encode(course.title, StandardCharsets.UTF_8));
        visitor.findElement(By.linkText(course.title)).click();
        waitFor(ExpectedConditions.textToBe(By.id("course-title"), course.title));
        assertThat(visitor.findElement(By.id("syllabus")).getText()).contains("Bài giảng phép cộng", "Ghi nhớ", "Kiểm tra cuối chương");
        Browser.screenshot(visitor, "course-page-anonymous");

        visitor.findElement(By.id("course-register")).click();
        String username = "hv." + UUID.randomUUID().toString().substring(0, 8);
        visitor.findElement(By.id("register:username")).sendKeys(username);
        visitor.findElement(By.id("register:displayName")).sendKeys("Trần Thị Học");
        visitor.findElement(By.id("register:password")).sendKeys("mot-mat-khau-dai");
        visitor.findElement(By.id("register:passwordAgain")).sendKeys("mot-mat-khau-dai");
        visitor.findElement(By.id("register:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        visitor.findElement(By.id("login:username")).sendKeys(username);
        visitor.findElement(By.id("login:password")).sendKeys("mot-mat-khau-dai");
        visitor.findElement(By.id("login:submit")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("enrol:enrol-button")));
        visitor.findElement(By.id("enrol:enrol-button")).click();

        waitFor(ExpectedConditions.textToBe(By.id("unit-title"), "Bài giảng phép cộng"));
        assertThat(visitor.findElement(By.id("unit-material")).getDomAttribute("href")).contains("material.xhtml?id=");
        Browser.screenshot(visitor, "course-player-material");
        visitor.findElement(By.id("unit-actions:complete")).click();
        waitFor(ExpectedConditions.textToBe(By.id("unit-title"), "Ghi nhớ"));
        assertThat(visitor.findElement(By.id("unit-page")).getText()).contains("nhớ sang hàng chục");
        assertThat(visitor.findElement(By.id("player-progress")).getDomAttribute("data-percent")).isEqualTo("33");
        visitor.findElement(By.id("unit-actions:complete")).click();

        waitFor(ExpectedConditions.textToBe(By.id("unit-title"), "Kiểm tra cuối chương"));
        visitor.findElement(By.id("unit-quiz")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("quiz-start")));
        visitor.findElement(By.id("quiz-start")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[value='b']")));
        visitor.findElement(By.cssSelector("input[value='b']")).click();
        waitFor(ExpectedConditions.textToBe(By.id("quiz-save-state"), "Đã lưu"));
        visitor.findElement(By.id("quiz-submit")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("quiz-confirm-yes")));
        visitor.findElement(By.id("quiz-confirm-yes")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-review")));

        visitor.findElement(By.id("back-to-course")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course-completed")));
        assertThat(visitor.findElement(By.id("player-progress")).getDomAttribute("data-percent")).isEqualTo("100");
        String code = visitor.findElement(By.id("certificate-code")).getText();
        assertThat(code).startsWith("HL-");
        Browser.screenshot(visitor, "course-completed");

        visitor.findElement(By.id("certificate-verify")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verify-result")));
        assertThat(visitor.findElement(By.id("verify-status")).getText()).isEqualTo("Giấy chứng nhận hợp lệ");
        assertThat(visitor.findElement(By.id("verify-code-shown")).getText()).isEqualTo(code);
    }

    @Test
    void anEnrolledLearnerRatesTheCourseOnItsPageAndTheReviewIsSignedWithAGivenNameAndInitial() {
        OpenCourseFixture course = OpenCourseFixture.publishedBy(ApiClient.signedIn("gv.lan"));
        ApiClient.signedIn("hv.tam").postJson("api/v1/courses/" + course.courseId + "/enrolment", "");
        visitor = Browser.open(360, 740);
        visitor.get(SystemStack.url() + "login.xhtml");
        visitor.findElement(By.id("login:username")).sendKeys("hv.tam");
        visitor.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        visitor.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

        visitor.get(SystemStack.url() + "course.xhtml?id=" + course.courseId);
        new Select(visitor.findElement(By.id("review:review-stars"))).selectByValue("4");
        visitor.findElement(By.id("review:review-text")).sendKeys("Bài giảng dễ hiểu, có ví dụ hay.");
        visitor.findElement(By.id("review:review-save")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("course-review-list"), "Tâm B."));
        assertThat(visitor.findElement(By.id("course-review-list")).getText()).contains("4/5", "Bài giảng dễ hiểu, có ví dụ hay.").doesNotContain("Bùi Thanh");
        assertThat(visitor.findElement(By.id("course-rating-summary")).getText()).contains("4");
        Browser.screenshot(visitor, "course-page-review");
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(visitor, Duration.ofSeconds(30)).until(condition);
    }
}
