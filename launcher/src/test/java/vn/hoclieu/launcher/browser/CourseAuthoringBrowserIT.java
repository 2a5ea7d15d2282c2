package vn.hoclieu.launcher.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.OpenCourseFixture;
import vn.hoclieu.launcher.system.ReviewDesk;
import vn.hoclieu.launcher.system.SystemStack;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * gv.lan authors an open course on the pages — description, a module, a reading and a quiz from
 * her question bank — and sends it to review; once the reviewers approve, anyone finds it in the
 * catalogue with the syllabus she typed. When reviewers ask for changes she reads their comments
 * beside the course and may reorder its units again; a cover picture that is not a picture is
 * refused in Vietnamese.
 */
class CourseAuthoringBrowserIT {

    private ChromeDriver teacher;

    @AfterEach
    void close() {
        if (teacher != null) {
            teacher.quit();
        }
    }

    @Test
    void aTeacherAuthorsACourseOnThePagesAndAfterReviewItIsInTheCatalogue() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long question = bankQuestion(lan, marker);
        String title = "Em tập cộng – " + marker;
        teacher = Browser.open(1280, 900);
        signIn("gv.lan");

        teacher.findElement(By.id("home-my-courses")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("create-course"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("course:title"))).sendKeys(title);
        editor("course:description").sendKeys("Ôn phép cộng có nhớ cho học sinh lớp 3.");
        new Select(teacher.findElement(By.id("course:subject"))).selectByValue("TOAN");
        new Select(teacher.findElement(By.id("course:level"))).selectByValue("PRIMARY");
        new Select(teacher.findElement(By.id("course:audience"))).selectByValue("PUPILS");
        teacher.findElement(By.id("course:hours")).sendKeys("1,5");
        teacher.findElement(By.id("course:save")).click();
        waitFor(ExpectedConditions.textToBe(By.id("review-status"), "Chưa gửi duyệt"));
        long courseId = Long.parseLong(teacher.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        teacher.findElement(By.id("module:title")).sendKeys("Chương 1: Cộng có nhớ");
        teacher.findElement(By.id("module:add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "Chương 1: Cộng có nhớ"));

        addUnit("PAGE", "Ghi nhớ cách cộng", "5");
        editor("unit:html").sendKeys("Cộng từ phải sang trái, nhớ sang hàng chục.");
        teacher.findElement(By.id("unit:add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "Ghi nhớ cách cộng"));

        addUnit("QUIZ", "Kiểm tra nhanh", "10");
        teacher.findElement(By.cssSelector("li[data-question='" + question + "'] input[type=checkbox]")).click();
        teacher.findElement(By.id("unit:add")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "Kiểm tra nhanh"));
        Browser.screenshot(teacher, "course-authoring-syllabus");

        teacher.findElement(By.id("submission:submit")).click();
        waitFor(d -> d.findElement(By.id("review-status")).getDomAttribute("data-status").matches("SUBMITTED|IN_REVIEW"));
        assertThat(teacher.findElements(By.id("submission:submit"))).as("no second submission while in review").isEmpty();

        long carrier = json(lan.get("api/v1/courses/" + courseId)).get("carrierMaterialId").asLong();
        new ReviewDesk("td.thu").claimAndDecide(carrier, "APPROVE", null, 4);
        new ReviewDesk("td.hoa").claimAndDecide(carrier, "APPROVE", null, 5);

        ApiClient anyone = ApiClient.forSystem();
        JsonNode found = OpenCourseFixture.awaitFound(marker, courseId);
        assertThat(found.get("entries").findValuesAsText("title")).containsExactly(title);
        JsonNode course = json(anyone.get("api/v1/courses/" + courseId));
        assertThat(course.get("description").asText()).contains("Ôn phép cộng có nhớ");
        assertThat(course.get("estimatedHours").decimalValue()).isEqualByComparingTo("1.5");
        JsonNode module = course.get("modules").get(0);
        assertThat(module.get("title").asText()).isEqualTo("Chương 1: Cộng có nhớ");
        assertThat(module.get("units").findValuesAsText("title")).containsExactly("Ghi nhớ cách cộng", "Kiểm tra nhanh");
        assertThat(module.get("units").findValuesAsText("kind")).containsExactly("PAGE", "QUIZ");
        assertThat(module.get("units").get(0).get("html").asText()).contains("nhớ sang hàng chục");

        teacher.navigate().refresh();
        waitFor(ExpectedConditions.textToBe(By.id("review-status"), "Đã xuất bản"));
        assertThat(teacher.findElement(By.id("in-catalogue")).isDisplayed()).isTrue();
    }

    @Test
    void whenChangesAreRequestedTheAuthorReadsTheCommentsReordersUnitsAndAFakeCoverIsRefused() throws Exception {
        OpenCourseFixture course = OpenCourseFixture.draftBy(ApiClient.signedIn("gv.lan"));
        HttpResponse<String> submitted = course.author.postJson("api/v1/courses/" + course.courseId + "/submission", "{}");
        long carrier = json(submitted).get("carrierMaterialId").asLong();
        new ReviewDesk("td.thu").claimAndDecide(carrier, "REQUEST_CHANGES", "Bài đọc cần thêm một ví dụ có nhớ.", 3);
        teacher = Browser.open(1280, 900);
        signIn("gv.lan");

        teacher.get(SystemStack.url() + "app/course-edit.xhtml?id=" + course.courseId);
        waitFor(ExpectedConditions.textToBe(By.id("review-status"), "Cần chỉnh sửa"));
        assertThat(teacher.findElement(By.id("reviewer-comments")).getText()).contains("Bài đọc cần thêm một ví dụ có nhớ.");
        assertThat(teacher.findElement(By.id("submission:submit")).isDisplayed()).as("she may send it again").isTrue();
        assertThat(teacher.findElement(By.id("preview")).getDomAttribute("href")).endsWith("course.xhtml?id=" + course.courseId);

        teacher.findElement(By.cssSelector("li[data-unit='" + course.quizUnit + "'] input[id$=':unitUp']")).click();
        waitFor(d -> d.findElements(By.cssSelector("#modules .hl-unit-title")).stream().map(WebElement::getText).toList()
                .equals(List.of("Bài giảng phép cộng", "Kiểm tra cuối chương", "Ghi nhớ")));
        assertThat(teacher.findElement(By.tagName("body")).getText()).contains("Đã cập nhật đề cương.");

        Path notAPicture = Files.createTempFile("bia", ".png");
        Files.writeString(notAPicture, "đây không phải là ảnh");
        teacher.findElement(By.id("cover:file")).sendKeys(notAPicture.toString());
        teacher.findElement(By.id("cover:upload")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("cover:cover-message"), "Loại tệp này không được phép"));
        assertThat(coverStatus(course)).as("no cover was stored").isEqualTo(404);
    }

    private int coverStatus(OpenCourseFixture course) {
        return course.author.get("api/v1/courses/" + course.courseId + "/cover").statusCode();
    }

    /** A one-question category of gv.lan's bank; the quiz unit picks its question. */
    private static long bankQuestion(ApiClient author, String marker) {
        long category = json(author.postJson("api/v1/question-categories",
                "{\"name\":\"Soạn khoá học " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}")).get("id").asLong();
        HttpResponse<String> created = author.postJson("api/v1/questions", """
                {"categoryId":%d,"title":"Cộng có nhớ %s","type":"SINGLE_CHOICE","stem":"18 + 5 = ?",
                 "choices":[{"id":"a","html":"22"},{"id":"b","html":"23"}],
                 "key":{"type":"SINGLE_CHOICE","correct":"b"},"points":1,"difficulty":2,"tags":[],"version":0}""".formatted(category, marker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private void addUnit(String kind, String title, String minutes) {
        new Select(teacher.findElement(By.id("unit:kind"))).selectByValue(kind);
        teacher.findElement(By.id("unit:title")).sendKeys(title);
        WebElement minutesField = teacher.findElement(By.id("unit:minutes"));
        minutesField.clear();
        minutesField.sendKeys(minutes);
    }

    /** The rich-text area of a PrimeFaces text editor (Quill). */
    private WebElement editor(String id) {
        return waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "'] .ql-editor")));
    }

    private void signIn(String username) {
        teacher.get(SystemStack.url() + "login.xhtml");
        teacher.findElement(By.id("login:username")).sendKeys(username);
        teacher.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        teacher.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        // the page may reload between finding an element and reading it (after "Gửi duyệt"): look again
        return new WebDriverWait(teacher, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition);
    }
}
