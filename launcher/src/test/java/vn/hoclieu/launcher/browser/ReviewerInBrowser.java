package vn.hoclieu.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer's steps in the browser: take a material from the queue, fill in the rubric, decide. */
final class ReviewerInBrowser {

    private final ChromeDriver browser;

    ReviewerInBrowser(ChromeDriver signedInReviewer) {
        this.browser = signedInReviewer;
    }

    static By waitingRow(long materialId) {
        return By.cssSelector("#waiting li[data-material='" + materialId + "']");
    }

    /** Opens the queue, claims the material's waiting seat and lands on the review page. */
    void claimFromTheQueue(long materialId) {
        browser.findElement(By.id("menu-review")).click();
        wait(ExpectedConditions.presenceOfElementLocated(waitingRow(materialId))).findElement(By.cssSelector(".hl-claim")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("review")));
        assertThat(browser.getCurrentUrl()).contains("review.xhtml?task=");
    }

    void scoreEveryCriterion(int score) {
        var criteria = browser.findElements(By.cssSelector("#review .hl-criterion"));
        assertThat(criteria).hasSize(6);
        for (WebElement criterion : criteria) {
            WebElement choice = criterion.findElement(By.cssSelector("input[type='radio'][value='" + score + "']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
            choice.click();
        }
    }

    void decide(String decision) {
        browser.findElement(By.cssSelector("input[name='review:decision'][value='" + decision + "']")).click();
    }

    /** The send button asks for a confirmation first (PrimeFaces' dialog). */
    void submitAndConfirm() {
        WebElement submit = browser.findElement(By.id("review:submit"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    }

    /** Claims, scores every criterion, approves (with a comment, if any), and checks the queue no longer offers the material. */
    void approve(long materialId, int score, String comment) {
        claimFromTheQueue(materialId);
        scoreEveryCriterion(score);
        decide("APPROVE");
        if (comment != null) {
            browser.findElement(By.id("review:comment")).sendKeys(comment);
        }
        submitAndConfirm();
        wait(ExpectedConditions.urlContains("reviews.xhtml"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Bạn đã đồng ý xuất bản"));
        assertThat(browser.findElements(waitingRow(materialId))).isEmpty();
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
