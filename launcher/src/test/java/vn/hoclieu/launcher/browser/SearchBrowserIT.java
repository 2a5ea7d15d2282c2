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
import vn.hoclieu.launcher.system.ReviewDesk;
import vn.hoclieu.launcher.system.SystemStack;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.MaterialFixture.readyMaterialBy;

/**
 * A pupil on a phone finds a material just published (through the API) by typing its title
 * without diacritics into the search page; the result links to the material and shows a
 * highlighted snippet or the title, without horizontal scrolling at 360 px.
 */
class SearchBrowserIT {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPupilFindsAPublishedMaterialWithoutDiacriticsOnAPhone() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Hình" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        String title = word + " tam giác vuông";
        long id = readyMaterialBy(author).titled(title).create();
        assertThat(author.postJson("api/v1/materials/" + id + "/submission", "{}").statusCode()).isEqualTo(200);
        new ReviewDesk("td.thu").claimAndDecide(id, "APPROVE", null, 4);
        new ReviewDesk("td.hoa").claimAndDecide(id, "APPROVE", null, 5);

        browser = Browser.open(360, 740);
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("hs.yen");
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")), 30);
        browser.findElement(By.id("menu-search")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("search-q")), 30);

        String typed = folded(word) + " tam giac vuong";
        assertThat(typed).doesNotContainPattern("[^\\x00-\\x7F]");
        WebElement hit = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (hit == null && Instant.now().isBefore(deadline)) {
            WebElement box = wait(ExpectedConditions.presenceOfElementLocated(By.id("search-q")), 30);
            box.clear();
            box.sendKeys(typed);
            browser.findElement(By.id("search-submit")).click();
            wait(ExpectedConditions.urlContains("q="), 30);
            wait(ExpectedConditions.presenceOfElementLocated(By.id("search-results")), 30);
            assertThat(browser.findElements(By.id("search-unavailable"))).as("search is up").isEmpty();
            List<WebElement> found = browser.findElements(By.cssSelector("#search-results [data-material='" + id + "']"));
            if (found.isEmpty()) {
                Thread.sleep(1000);
            } else {
                hit = found.getFirst();
            }
        }
        assertThat(hit).as("found within 60 s by '%s'", typed).isNotNull();
        assertThat(browser.getCurrentUrl()).contains("q=");

        WebElement link = hit.findElement(By.cssSelector(".hl-material-title"));
        assertThat(link.getAttribute("href")).contains("app/material.xhtml", "id=" + id);
        List<WebElement> snippets = hit.findElements(By.cssSelector(".hl-snippet"));
        if (snippets.isEmpty()) {
            assertThat(link.getText()).isEqualTo(title);
        } else {
            assertThat(hit.findElements(By.cssSelector(".hl-snippet mark"))).as("highlighted words").isNotEmpty();
            assertThat(link.getText()).isEqualTo(title);
        }
        assertThat(hit.getText()).contains("Toán", "Lớp 3");
        assertThat(browser.findElements(By.cssSelector("#search-facets [data-facet]"))).as("facets with counts").isNotEmpty();
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "search-pupil-360px");

        link.click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material-title")), 30);
        assertThat(browser.findElement(By.id("material-title")).getText()).isEqualTo(title);
    }

    /** The word without its diacritics, as a pupil on a phone types it. */
    private static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
    }

    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    }

    private <T> T wait(ExpectedCondition<T> condition, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(condition);
    }
}
