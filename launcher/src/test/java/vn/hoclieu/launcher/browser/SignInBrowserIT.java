package vn.hoclieu.launcher.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.SystemStack;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Teachers, pupils and self-learners in a real browser, on a 360-px phone screen, in both languages. */
class SignInBrowserIT {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void teacherSeesHerClassesInVietnameseThenInEnglish() {
        browser = Browser.open(1280, 900);
        signIn("gv.lan");

        assertThat(text("h1")).isEqualTo("Xin chào, Nguyễn Thị Lan!");
        assertThat(text("#classes h2")).isEqualTo("Lớp của tôi");
        assertThat(text("#classes h3")).isEqualTo("3B");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        Browser.screenshot(browser, "teacher-home-vi");

        browser.findElement(By.id("language:en")).click();
        wait(ExpectedConditions.textToBe(By.cssSelector("#classes h2"), "My classes"));

        assertThat(text("h1")).isEqualTo("Hello, Nguyễn Thị Lan!");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(Files.exists(Browser.screenshot(browser, "teacher-home-en"))).isTrue();
    }

    @Test
    void pupilSeesHerClassOnAPhoneScreen() {
        browser = Browser.open(360, 740);
        signIn("hs.an");

        assertThat(text("#my-class h2")).isEqualTo("Lớp của em");
        assertThat(text("#pupil-class")).isEqualTo("3B");
        assertThat(browser.findElements(By.id("classes"))).as("no teacher section for a pupil").isEmpty();
        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "pupil-home-360px");
    }

    @Test
    void wrongPasswordShowsAMessageAndStaysOnTheLoginPage() {
        browser = Browser.open(1280, 900);
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("gv.minh");
        browser.findElement(By.id("login:password")).sendKeys("sai-mat-khau");
        browser.findElement(By.id("login:submit")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("login:loginMessages"),
                "Tên đăng nhập hoặc mật khẩu không đúng."));
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        Browser.screenshot(browser, "login-failed-vi");
    }

    @Test
    void signingOutReturnsToThePublicPage() {
        browser = Browser.open(1280, 900);
        signIn("ht.son");
        assertThat(text("#school h2")).isEqualTo("Các lớp của trường");

        browser.findElement(By.id("logout:signOut")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("hero-login")));
        browser.get(SystemStack.url() + "app/home.xhtml");
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void aSelfLearnerRegistersOnThePublicPageAndSignsIn() {
        browser = Browser.open(360, 740);
        browser.get(SystemStack.url() + "register.xhtml");
        browser.findElement(By.id("register:username")).sendKeys("hoc.vien.moi");
        browser.findElement(By.id("register:displayName")).sendKeys("Hồ Thị Xuân");
        browser.findElement(By.id("register:password")).sendKeys("mot-mat-khau-dai");
        browser.findElement(By.id("register:passwordAgain")).sendKeys("mot-mat-khau-dai");
        Browser.screenshot(browser, "register-360px");
        browser.findElement(By.id("register:submit")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đăng ký thành công"));
        signIn("hoc.vien.moi", "mot-mat-khau-dai");
        assertThat(text("h1")).isEqualTo("Xin chào, Hồ Thị Xuân!");
        assertThat(text("#courses h2")).isEqualTo("Khóa học mở");
    }

    @Test
    void registrationRefusesMismatchedPasswordsWithoutLosingTheForm() {
        browser = Browser.open(1280, 900);
        browser.get(SystemStack.url() + "register.xhtml");
        browser.findElement(By.id("register:username")).sendKeys("khong.khop");
        browser.findElement(By.id("register:displayName")).sendKeys("Không Khớp");
        browser.findElement(By.id("register:password")).sendKeys("mot-mat-khau-dai");
        browser.findElement(By.id("register:passwordAgain")).sendKeys("mat-khau-khac-han");
        browser.findElement(By.id("register:submit")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hai mật khẩu không giống nhau."));
        assertThat(browser.findElement(By.id("register:displayName")).getAttribute("value")).isEqualTo("Không Khớp");
    }

    private void signIn(String username) {
        signIn(username, DemoSchool.PASSWORD);
    }

    private void signIn(String username, String password) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
