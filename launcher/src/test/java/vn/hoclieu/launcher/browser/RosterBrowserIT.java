package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.SystemStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A head teacher uploads a roster with a mistake, sees the row marked, fixes the file and imports it. */
class RosterBrowserIT {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theErrorRowIsMarkedUntilTheFileIsFixedThenThePupilsAreCreated() throws IOException {
        Path dir = Files.createTempDirectory("roster");
        Path broken = Files.writeString(dir.resolve("lop-5c.csv"),
                "Họ và tên;Ngày sinh;Giới tính;Lớp\nVõ Thị Mai Hương;12/10/2015;Nữ;5C\nRơ Chăm Khoa;31/09/2015;Nam;5C\n", StandardCharsets.UTF_8);
        browser = Browser.open(1280, 900);
        signIn("ht.son");
        browser.get(SystemStack.url() + "app/admin/roster.xhtml");

        browser.findElement(By.id("roster:file")).sendKeys(broken.toString());
        browser.findElement(By.id("roster:check")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.roster-error")));

        assertThat(browser.findElement(By.cssSelector("tr.roster-error .roster-problems")).getText()).contains("31/09/2015");
        assertThat(browser.findElement(By.id("roster:import")).isEnabled()).as("import waits for a clean file").isFalse();
        Browser.screenshot(browser, "roster-preview-error");

        Path fixed = Files.writeString(dir.resolve("lop-5c-sua.csv"),
                "Họ và tên;Ngày sinh;Giới tính;Lớp\nVõ Thị Mai Hương;12/10/2015;Nữ;5C\nRơ Chăm Khoa;30/09/2015;Nam;5C\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("roster:file")).sendKeys(fixed.toString());
        browser.findElement(By.id("roster:check")).click();
        wait(ExpectedConditions.elementToBeClickable(By.id("roster:import")));
        assertThat(browser.findElements(By.cssSelector("tr.roster-error"))).isEmpty();
        browser.findElement(By.id("roster:import")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("created-pupils")));
        assertThat(browser.findElements(By.cssSelector("#created-pupils .created-username"))).extracting(e -> e.getText())
                .allMatch(u -> u.startsWith("hs.huong") || u.startsWith("hs.khoa"));
        assertThat(browser.findElement(By.id("cards-all")).getAttribute("href")).contains("/api/v1/login-cards/");
        Browser.screenshot(browser, "roster-imported");
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
