package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.SystemStack;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head teacher opens the school's structure from the menu, adds a teacher (the first password
 * is shown once) and makes them the music teacher of 3B; the page also fits a phone.
 */
class SchoolAdminBrowserIT {

    private static final String TEACHER = "Phạm Thị Thu Trang";

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeadTeacherAddsATeacherAndGivesThemASubjectOfAClass() {
        browser = Browser.open(1280, 900);
        signIn("ht.son");
        browser.findElement(By.id("menu-school-structure")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("year-list")));
        assertThat(browser.findElement(By.cssSelector("#year-list tr.hl-current")).getText()).contains("2026–2027", "05/09/2026");

        browser.findElement(By.id("new-teacher:displayName")).sendKeys(TEACHER);
        browser.findElement(By.id("new-teacher:add-teacher")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("issued-password")));

        assertThat(browser.findElement(By.id("issued-username")).getText()).startsWith("gv.trang");
        assertThat(browser.findElement(By.id("issued-password")).getText()).hasSize(8);
        assertThat(browser.findElement(By.id("teacher-list")).getText()).contains(TEACHER);
        Browser.screenshot(browser, "school-teacher-added");

        new Select(browser.findElement(By.id("teaching-form:class"))).selectByVisibleText("3B");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("teaching-grid"), "Tiếng Anh"));
        new Select(browser.findElement(By.cssSelector("select[data-subject='AM_NHAC']"))).selectByVisibleText(TEACHER);
        browser.findElement(By.id("teaching-form:save-teaching")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "3B"));

        assertThat(new Select(browser.findElement(By.cssSelector("select[data-subject='AM_NHAC']"))).getFirstSelectedOption().getText())
                .isEqualTo(TEACHER);
        assertThat(new Select(browser.findElement(By.cssSelector("select[data-subject='TIENG_ANH']"))).getFirstSelectedOption().getText())
                .as("the other subjects keep their teachers").isEqualTo("Ka Nhung");

        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.screenshot(browser, "school-structure-phone");
        assertThat(browser.findElement(By.id("new-class:create-class")).isDisplayed()).isTrue();
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
