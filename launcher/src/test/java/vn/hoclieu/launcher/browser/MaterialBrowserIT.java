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
import vn.hoclieu.devstack.TestDatabase;
import vn.hoclieu.launcher.system.SystemStack;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher contributes a material in a real browser: the form, a resumable upload, her list. */
class MaterialBrowserIT {

    private static final Path PDF = TestDatabase.buildRoot().resolve("launcher/src/test/resources/corpus/bai-giang.pdf");

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeacherUploadsAPdfAndSeesItInTheFileList() {
        browser = Browser.open(1280, 900);
        signIn("gv.lan");
        contribute("Phép nhân trong bảng — lớp 3");
        assertThat(text("#material-title")).isEqualTo("Phép nhân trong bảng — lớp 3");

        browser.findElement(By.id("upload-input")).sendKeys(PDF.toAbsolutePath().toString());

        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#upload-progress .hl-upload-status"), "100 %"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#files .hl-file-name")));
        assertThat(text("#files .hl-file-name")).isEqualTo("bai-giang.pdf");
        // ingest may or may not have finished by now; a failure would be a bug either way
        assertThat(text("#files .hl-status")).isIn("Đang chờ xử lý", "Đang xử lý", "Sẵn sàng");
        browser.executeScript("document.getElementById('upload').scrollIntoView();");
        Browser.screenshot(browser, "material-uploaded-desktop");
    }

    @Test
    void theFormRefusesAMissingTitleInVietnamese() {
        browser = Browser.open(360, 740);
        signIn("gv.lan");
        browser.get(SystemStack.url() + "app/material-new.xhtml");
        fillAllButTheTitle();

        browser.findElement(By.id("material:save")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("material"), "Vui lòng nhập tên học liệu."));
        assertThat(browser.getCurrentUrl()).contains("material-new.xhtml");
        assertThat(new Select(browser.findElement(By.id("material:subject"))).getFirstSelectedOption().getText()).isEqualTo("Toán");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "material-form-refused-360px");
    }

    @Test
    void myMaterialsListsTheNewMaterial() {
        browser = Browser.open(360, 740);
        signIn("gv.lan");
        contribute("Tập đọc: Cây đa quê hương");

        browser.findElement(By.id("menu-materials")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("materials")));
        assertThat(browser.findElements(By.cssSelector("#materials .hl-material-title")))
                .extracting(WebElement::getText).contains("Tập đọc: Cây đa quê hương");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        Browser.screenshot(browser, "my-materials-360px");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        Browser.screenshot(browser, "my-materials-desktop");
    }

    private void contribute(String title) {
        browser.findElement(By.id("menu-materials")).click();
        wait(ExpectedConditions.elementToBeClickable(By.id("new-material"))).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material:title"))).sendKeys(title);
        fillAllButTheTitle();
        browser.findElement(By.id("material:save")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("material-title")));
    }

    private void fillAllButTheTitle() {
        new Select(browser.findElement(By.id("material:subject"))).selectByValue("TOAN");
        browser.findElement(By.cssSelector("input[name='material:grades'][value='3']")).click();
        new Select(browser.findElement(By.id("material:type"))).selectByValue("E_LECTURE");
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
