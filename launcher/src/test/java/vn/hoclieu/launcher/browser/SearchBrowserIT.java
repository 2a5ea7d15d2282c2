package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.MaterialFixture;
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
 * highlighted snippet or the title, without horizontal scrolling at 360 px. Typing offers
 * suggestions to pick with the keyboard; licence and language facets narrow the results.
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
        long id = readyMaterialBy(author).titled(title).createPublished();

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

        // a letter lost on a phone keyboard: nothing matches as typed, the close match is shown and the page says so
        String unaccented = folded(word);
        String mistyped = unaccented.substring(0, unaccented.length() - 2) + unaccented.substring(unaccented.length() - 1);
        browser.get(SystemStack.url() + "app/search.xhtml?q=" + java.net.URLEncoder.encode(mistyped, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(wait(ExpectedConditions.presenceOfElementLocated(By.id("search-loosened")), 30).getText()).contains(mistyped);
        assertThat(browser.findElements(By.cssSelector("#search-results [data-material='" + id + "']"))).hasSize(1);
    }

    @Test
    void aPupilPicksASuggestionWithTheKeyboardAndNarrowsResultsByLicenceAndLanguage() throws Exception {
        ApiClient author = ApiClient.signedIn("gv.lan");
        String word = "Đođộ" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "v");
        long vietnamese = readyMaterialBy(author).titled(word + " dài bằng thước").createPublished();
        long english = readyMaterialBy(author).titled(word + " length with a ruler").licensed("CC0", "en").createPublished();

        browser = Browser.open(360, 740);
        signIn("hs.yen");
        browser.get(SystemStack.url() + "app/search.xhtml");
        WebElement box = wait(ExpectedConditions.presenceOfElementLocated(By.id("search-q")), 30);
        assertThat(box.getAttribute("role")).as("the script made the box a combobox").isEqualTo("combobox");

        List<WebElement> options = awaitSuggestions(box, folded(word).toLowerCase(java.util.Locale.ROOT), 2);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(options).extracting(WebElement::getText).contains(word + " dài bằng thước", word + " length with a ruler");
        assertThat(pageWidth()).as("the list fits a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "search-suggestions-360px");

        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        WebElement first = options.getFirst();
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        String chosen = first.getText();
        box.sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("q="), 30);
        long chosenId = chosen.endsWith("ruler") ? english : vietnamese;
        assertThat(wait(ExpectedConditions.presenceOfElementLocated(By.id("search-q")), 30).getAttribute("value")).isEqualTo(chosen);
        assertThat(resultIds()).first().isEqualTo(chosenId);

        WebElement again = browser.findElement(By.id("search-q"));
        awaitSuggestions(again, folded(word).toLowerCase(java.util.Locale.ROOT), 1);
        again.sendKeys(Keys.ESCAPE);
        assertThat(again.getAttribute("aria-expanded")).as("Escape closes the list").isEqualTo("false");

        browser.get(SystemStack.url() + "app/search.xhtml?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(resultIds()).containsExactlyInAnyOrder(vietnamese, english);
        WebElement cc0 = facetLink("licence", "CC0");
        assertThat(cc0.getText()).contains("CC0 (tặng vào phạm vi công cộng)", "(1)");
        assertThat(facetLink("school", null).getText()).as("a school by its name").contains("Hòa Bình");
        cc0.click();
        wait(ExpectedConditions.urlContains("licence=CC0"), 30);
        assertThat(resultIds()).containsExactly(english);
        assertThat(facetLink("licence", "CC0").getAttribute("class")).contains("hl-facet-on");

        facetLink("licence", "CC0").click(); // off again
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("licence=")), 30);
        WebElement inVietnamese = facetLink("language", "vi");
        assertThat(inVietnamese.getText()).contains("Tiếng Việt");
        inVietnamese.click();
        wait(ExpectedConditions.urlContains("language=vi"), 30);
        assertThat(resultIds()).containsExactly(vietnamese);
        assertThat(browser.getCurrentUrl()).contains("q=");
    }


    private void signIn(String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")), 30);
    }

    /** Types the words until the list offers at least {@code count} suggestions (indexing takes up to a few seconds). */
    private List<WebElement> awaitSuggestions(WebElement box, String typed, int count) throws InterruptedException {
        By shown = By.cssSelector("#search-q-suggestions:not([hidden]) [role=option]");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            box.clear();
            box.sendKeys(typed);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(b -> b.findElements(shown).size() >= count);
                return browser.findElements(shown);
            } catch (org.openqa.selenium.TimeoutException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("no " + count + " suggestions for '" + typed + "' within 60 s");
    }

    /** A facet's link for this value, or its first one. */
    private WebElement facetLink(String facet, String value) {
        String css = "#search-facets [data-facet='" + facet + "'] a" + (value == null ? "" : "[data-value='" + value + "']");
        return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)), 30);
    }

    private List<Long> resultIds() {
        wait(ExpectedConditions.presenceOfElementLocated(By.id("search-results")), 30);
        return browser.findElements(By.cssSelector("#search-results [data-material]")).stream()
                .map(e -> Long.parseLong(e.getAttribute("data-material"))).toList();
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
