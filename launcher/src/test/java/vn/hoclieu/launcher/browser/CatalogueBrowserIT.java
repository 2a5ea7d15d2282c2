package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.SystemStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A material's whole way in real browsers: the author submits it from its page, two reviewers
 * approve it from their queues (one on a phone), a pupil of the neighbour school
 * finds it in the catalogue on a phone, a teacher there rates it, and the author reads its history
 * and her notifications.
 */
class CatalogueBrowserIT {

    private final List<ChromeDriver> browsers = new ArrayList<>();
    private ChromeDriver browser;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aSubmittedMaterialIsReviewedFoundInTheCatalogueAndRated() throws IOException {
        String title = "Đo độ dài: mét và xăng-ti-mét " + UUID.randomUUID().toString().substring(0, 6);
        Path file = uniqueTextFile();

        open(1280, 900, "gv.lan");
        long id = contribute(title);
        browser.findElement(By.id("upload-input")).sendKeys(file.toAbsolutePath().toString());
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#files .hl-status"), "Sẵn sàng"), 180);
        browser.findElement(By.id("submission:note")).sendKeys("Bài giảng cho tuần 5");
        browser.findElement(By.id("submission:submit")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("material-status"), "Đã gửi thẩm định"), 30);
        assertThat(text("#messages")).contains("Đã gửi học liệu đi thẩm định.");
        assertThat(browser.findElements(By.id("upload-input"))).as("no uploads while in review").isEmpty();

        ChromeDriver authorsBrowser = browser;
        open(360, 740, "td.thu");
        new ReviewerInBrowser(browser).approve(id, 5, null);
        open(1280, 900, "td.hoa");
        new ReviewerInBrowser(browser).approve(id, 4, "Rõ ràng, phù hợp lớp 3");

        browser = authorsBrowser;
        browser.navigate().refresh();
        assertThat(text("#material-status")).isEqualTo("Đã xuất bản");
        assertThat(text("#reviewed-badge")).contains("Đã thẩm định");
        assertThat(browser.findElements(By.cssSelector("#reviews .hl-review"))).hasSize(2);
        assertThat(text("#reviews")).contains("Rõ ràng, phù hợp lớp 3", "4,5");
        Browser.screenshot(browser, "material-published-author-desktop");

        browser.findElement(By.id("history-link")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("history")), 30);
        assertThat(browser.findElements(By.cssSelector("#history .hl-event")))
                .extracting(e -> e.getAttribute("data-action"))
                .containsExactly("CONTRIBUTED", "SUBMITTED", "CLAIMED", "APPROVED", "CLAIMED", "APPROVED", "PUBLISHED");
        List<WebElement> events = browser.findElements(By.cssSelector("#history .hl-event"));
        assertThat(events.getFirst().getText()).contains("Đóng góp học liệu", "Nguyễn Thị Lan", "Bản nháp");
        assertThat(events.get(1).getText()).contains("Bản nháp → Đã gửi thẩm định", "Bài giảng cho tuần 5");
        assertThat(events.getLast().getText()).contains("Xuất bản", "Hệ thống", "Đang thẩm định → Đã xuất bản")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        assertThat(text("#unread-count")).as("approvals and publication told").isNotBlank();
        browser.findElement(By.id("notifications-link")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notifications")), 30);
        assertThat(text("#notifications")).contains("Học liệu của bạn đã được xuất bản", title);
        browser.findElement(By.id("notifications-actions:mark-all-read")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã đánh dấu"), 30);
        assertThat(browser.findElements(By.id("unread-count"))).isEmpty();

        open(360, 740, "hs.yen");
        browser.findElement(By.id("menu-catalogue")).click();
        new Select(wait(ExpectedConditions.presenceOfElementLocated(By.id("filter-subject")), 30)).selectByValue("TOAN");
        new Select(browser.findElement(By.id("filter-grade"))).selectByValue("3");
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("E_LECTURE");
        browser.findElement(By.id("filter-apply")).click();
        wait(ExpectedConditions.urlContains("grade=3"), 30);
        assertThat(browser.getCurrentUrl()).contains("subject=TOAN", "type=E_LECTURE");
        WebElement entry = browser.findElement(By.cssSelector("#catalogue [data-material='" + id + "']"));
        assertThat(entry.getText()).contains(title, "Nguyễn Thị Lan", "Hòa Bình", "Đã thẩm định", "2 lượt duyệt");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "catalogue-pupil-360px");
        entry.findElement(By.cssSelector(".hl-material-title")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material-title")), 30);
        assertThat(text("#material-title")).isEqualTo(title);
        assertThat(text("#files .hl-file-name")).isEqualTo(file.getFileName().toString());
        assertThat(browser.findElements(By.id("history-link"))).as("the history is the author's and reviewers'").isEmpty();
        assertThat(browser.findElements(By.id("reviews"))).isEmpty();
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "material-pupil-360px");

        open(360, 740, "gv.ha");
        browser.get(SystemStack.url() + "app/material.xhtml?id=" + id);
        new Select(wait(ExpectedConditions.presenceOfElementLocated(By.id("rating:score")), 30)).selectByValue("4");
        browser.findElement(By.id("rating:comment")).sendKeys("Học sinh rất thích phần thực hành");
        browser.findElement(By.id("rating:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("ratings-list"), "Học sinh rất thích phần thực hành"), 30);
        assertThat(text("#rating-summary")).contains("4,0", "1 đánh giá");
        assertThat(browser.findElement(By.id("rating:save")).getAttribute("value")).isEqualTo("Cập nhật đánh giá");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "material-rated-360px");
    }

    @Test
    void theAuthorEditsTheDescriptionAndARefusedSubmissionIsExplainedInHerLanguage() {
        open(360, 740, "gv.lan");
        contribute("Bảng nhân 6 (nháp)");

        browser.findElement(By.id("describe")).click();
        WebElement title = wait(ExpectedConditions.presenceOfElementLocated(By.id("material:title")), 30);
        assertThat(title.getAttribute("value")).isEqualTo("Bảng nhân 6 (nháp)");
        title.clear();
        title.sendKeys("Bảng nhân 6");
        browser.findElement(By.id("material:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu mô tả."), 30);
        assertThat(text("#material-title")).isEqualTo("Bảng nhân 6");

        browser.findElement(By.id("submission:submit")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Học liệu chưa có tệp nào"), 30);
        assertThat(text("#material-status")).isEqualTo("Bản nháp");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "material-submission-refused-360px");
    }

    @Test
    void theHistoryIsNotFoundForSomeoneWhoSeesOnlyThePublishedVersion() {
        open(360, 740, "hs.an");
        browser.get(SystemStack.url() + "app/material-history.xhtml?id=1");
        assertThat(browser.getPageSource()).contains("Không tìm thấy trang");
    }

    /** A new browser (its own session) signed in as this demo account; the previous one stays open until the end. */
    private void open(int width, int height, String username) {
        browser = Browser.open(width, height);
        browsers.add(browser);
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")), 30);
    }

    /** Describes a material through the form and answers its id (from the page it opens). */
    private long contribute(String title) {
        browser.get(SystemStack.url() + "app/material-new.xhtml");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material:title")), 30).sendKeys(title);
        new Select(browser.findElement(By.id("material:subject"))).selectByValue("TOAN");
        browser.findElement(By.cssSelector("input[name='material:grades'][value='3']")).click();
        new Select(browser.findElement(By.id("material:type"))).selectByValue("E_LECTURE");
        browser.findElement(By.id("material:save")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material-title")), 30);
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Unique bytes, so that no other material holds the same file. */
    private static Path uniqueTextFile() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).resolve("catalogue-browser"));
        Path file = dir.resolve("do-do-dai-" + UUID.randomUUID().toString().substring(0, 8) + ".txt");
        return Files.writeString(file, "Đo độ dài: 1 m = 100 cm. Mã " + UUID.randomUUID());
    }

    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private <T> T wait(ExpectedCondition<T> condition, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(condition);
    }
}
