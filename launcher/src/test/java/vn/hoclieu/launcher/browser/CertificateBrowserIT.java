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
import vn.hoclieu.launcher.system.CertificateFixture;
import vn.hoclieu.launcher.system.SystemStack;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employer follows a certificate's QR code (/verify/HL-…) without an account and sees it valid;
 * the district's admin revokes it on her page; the same address then shows it revoked, with the reason.
 */
class CertificateBrowserIT {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnonymousVisitorSeesTheCertificateValidThenRevoked() {
        String code = CertificateFixture.issued("Tin học văn phòng cho giáo viên");
        browser = Browser.open(1280, 900);

        browser.get(SystemStack.url() + "verify/" + code);
        WebElement result = browser.findElement(By.id("verify-result"));
        assertThat(result.getAttribute("class")).contains("hl-cert-valid");
        assertThat(browser.findElement(By.id("verify-status")).getText()).isEqualTo("Giấy chứng nhận hợp lệ");
        assertThat(browser.findElement(By.id("verify-holder")).getText()).isEqualTo(CertificateFixture.HOLDER_NAME);
        Browser.screenshot(browser, "certificate-valid");

        revokeAsDistrictAdmin(code, "Học viên chưa dự đủ buổi");
        browser.manage().deleteAllCookies();

        browser.get(SystemStack.url() + "verify/" + code);
        assertThat(browser.findElement(By.id("verify-result")).getAttribute("class")).contains("hl-cert-revoked");
        assertThat(browser.findElement(By.id("verify-status")).getText()).isEqualTo("Giấy chứng nhận đã bị thu hồi");
        assertThat(browser.findElement(By.id("verify-revocation")).getText()).contains("Học viên chưa dự đủ buổi");
        Browser.screenshot(browser, "certificate-revoked");
    }

    @Test
    void aCodeTypedWithOneCharacterChangedIsNotFound() {
        String code = CertificateFixture.issued("Tin học văn phòng cho giáo viên");
        String altered = code.substring(0, code.length() - 1) + (code.endsWith("Z") ? "Y" : "Z");
        browser = Browser.open(1280, 900);

        browser.get(SystemStack.url() + "verify");
        browser.findElement(By.id("verify-code")).sendKeys(altered);
        browser.findElement(By.id("verify-submit")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("verify-unknown")));
        assertThat(browser.findElement(By.id("verify-unknown")).getText()).contains("Không tìm thấy giấy chứng nhận");
        assertThat(browser.findElements(By.id("verify-holder"))).isEmpty();
    }

    private void revokeAsDistrictAdmin(String code, String reason) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("pgd.mai");
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        browser.get(SystemStack.url() + "app/admin/certificates.xhtml");
        By row = By.cssSelector("tr[data-code='" + code + "']");
        browser.findElement(row).findElement(By.cssSelector("input[type=text]")).sendKeys(reason);
        browser.findElement(row).findElement(By.cssSelector("input[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("issued-messages"), code));
        assertThat(browser.findElement(row).getText()).contains(reason);
    }

    private void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
