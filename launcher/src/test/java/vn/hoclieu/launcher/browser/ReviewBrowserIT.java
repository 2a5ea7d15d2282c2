package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.MaterialFixture;
import vn.hoclieu.launcher.system.SystemStack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Review in a real browser, in Vietnamese: gv.lan's material is prepared and submitted through
 * the API; td.thu and td.hoa take it from their queues, fill in the rubric and approve it, which
 * publishes it. The district admin's settings refuse a policy without approvals.
 */
class ReviewBrowserIT {

    /** The demo district's policy, which other test classes of the shared stack rely on. */
    private static final String DEMO_POLICY = "{\"requiredApprovals\":2,\"minimumAverage\":3.00,\"staleClaimHours\":72}";

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void twoReviewersApproveInTheBrowserAndTheMaterialIsPublished() {
        ApiClient author = ApiClient.signedIn("gv.lan");
        long id = submittedMaterial(author, "Đo khối lượng – lớp 3");

        approve("td.thu", id, 360, 740, "review-form-360px");
        approve("td.hoa", id, 1280, 900, "review-form-desktop");

        assertThat(json(author.get("api/v1/materials/" + id)).get("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void requestingChangesWithoutACommentShowsTheServersMessage() {
        long id = submittedMaterial(ApiClient.signedIn("gv.lan"), "Hình vuông, hình tròn");
        browser = Browser.open(360, 740);
        signIn("td.thu");
        ReviewerInBrowser steps = new ReviewerInBrowser(browser);
        steps.claimFromTheQueue(id);
        steps.scoreEveryCriterion(3);
        steps.decide("REQUEST_CHANGES");

        steps.submitAndConfirm();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("review"),
                "Vui lòng ghi nhận xét để tác giả biết cần chỉnh sửa gì."));
        assertThat(browser.getCurrentUrl()).contains("review.xhtml");
        Browser.screenshot(browser, "review-comment-required-360px");
    }

    @Test
    void aClaimSomeoneElseWasFasterToIsRefusedAndTheQueueShowsTheNextSeat() {
        long id = submittedMaterial(ApiClient.signedIn("gv.lan"), "Tập đọc: Bàn tay cô giáo");
        browser = Browser.open(360, 740);
        signIn("td.thu");
        browser.findElement(By.id("menu-review")).click();
        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(ReviewerInBrowser.waitingRow(id)));
        String seen = row.getAttribute("data-task");
        HttpResponse<String> faster = ApiClient.signedIn("td.hoa").postJson("api/v1/reviews/tasks/" + seen + "/claim", "{}");
        assertThat(faster.statusCode()).as(faster.body()).isEqualTo(200);

        row.findElement(By.cssSelector(".hl-claim")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Nhiệm vụ thẩm định này đã có người nhận."));
        assertThat(browser.findElement(ReviewerInBrowser.waitingRow(id)).getAttribute("data-task")).as("the round's other seat").isNotEqualTo(seen);
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "review-queue-refused-360px");

        browser.get(SystemStack.url() + "app/review.xhtml?task=" + seen);
        assertThat(text("h1")).as("td.hoa holds it").isEqualTo("Không có quyền truy cập");
    }

    @Test
    void theDistrictAdminSavesThePolicyAndZeroApprovalsAreRefused() {
        try {
            browser = Browser.open(360, 740);
            signIn("pgd.mai");
            browser.findElement(By.id("menu-review-settings")).click();
            wait(ExpectedConditions.presenceOfElementLocated(By.id("policy:requiredApprovals")));

            fillPolicy("0", "3,00", "72");
            wait(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "Số lượt duyệt cần có từ 1 đến 9."));
            assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
            Browser.screenshot(browser, "review-settings-refused-360px");

            fillPolicy("2", "3,00", "72");
            wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu quy định thẩm định."));
            assertThat(browser.findElement(By.id("policy:minimumAverage")).getAttribute("value")).isEqualTo("3,00");
            assertThat(browser.findElements(By.cssSelector("#pools .hl-pool-name"))).extracting(WebElement::getText)
                    .contains("Tiểu học – mọi môn");
        } finally {
            HttpResponse<String> restored = ApiClient.signedIn("pgd.mai").putJson("api/v1/review-settings/policy", DEMO_POLICY);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    @Test
    void theQueueIsForReviewersOnly() {
        browser = Browser.open(1280, 900);
        signIn("gv.lan");
        assertThat(browser.findElements(By.id("menu-review"))).isEmpty();

        browser.get(SystemStack.url() + "app/reviews.xhtml");

        assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
    }

    /** Takes the material from the reviewer's queue, scores every criterion and approves, in a browser of this size. */
    private void approve(String reviewer, long materialId, int width, int height, String screenshot) {
        browser = Browser.open(width, height);
        signIn(reviewer);
        ReviewerInBrowser steps = new ReviewerInBrowser(browser);
        steps.claimFromTheQueue(materialId);
        assertThat(text("#material-title")).startsWith("Đo khối lượng – lớp 3");
        assertThat(text("#extracted-text")).contains("phép cộng có nhớ");
        steps.scoreEveryCriterion(5);
        steps.decide("APPROVE");
        assertThat(pageWidth()).as("no horizontal scrolling").isLessThanOrEqualTo(width);
        Browser.screenshot(browser, screenshot);

        steps.submitAndConfirm();

        wait(ExpectedConditions.urlContains("reviews.xhtml"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Bạn đã đồng ý xuất bản"));
        assertThat(browser.findElements(ReviewerInBrowser.waitingRow(materialId))).as("no longer waiting for " + reviewer).isEmpty();
        close();
    }




    private void fillPolicy(String approvals, String average, String staleHours) {
        type("policy:requiredApprovals", approvals);
        type("policy:minimumAverage", average);
        type("policy:staleClaimHours", staleHours);
        browser.findElement(By.id("policy:save")).click();
    }

    private void type(String id, String value) {
        WebElement input = wait(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }


    /** A material of gv.lan with a READY file, sent to review (primary maths: td.thu's and td.hoa's pool). */
    private static long submittedMaterial(ApiClient author, String title) {
        long id = MaterialFixture.readyMaterialBy(author).titled(title + " – " + UUID.randomUUID().toString().substring(0, 6)).create();
        HttpResponse<String> submitted = author.postJson("api/v1/materials/" + id + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private void signIn(String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
