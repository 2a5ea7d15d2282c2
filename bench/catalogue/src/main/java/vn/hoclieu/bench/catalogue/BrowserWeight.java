package vn.hoclieu.bench.catalogue;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page costs on the wire as Debian's headless Chromium (a 360×740 phone window, a fresh
 * profile) loads it: Chromium's own network log, {@code encodedDataLength} of every response
 * (headers and body as received, gzip counted compressed). First visit with an empty cache; warm
 * visit: the same address again, as a pupil coming back — the browser decides what its cache serves.
 */
final class BrowserWeight implements AutoCloseable {

    record Response(String url, int status, long bytes) {
    }

    record Visit(List<Response> responses) {
        long bytes() {
            return responses.stream().mapToLong(Response::bytes).sum();
        }

        long fromNetwork() {
            return responses.stream().filter(r -> r.bytes() > 0).count();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver browser;

    BrowserWeight() throws Exception {
        Path profile = Files.createTempDirectory("bench-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(System.getenv().getOrDefault("HOCLIEU_CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=vi",
                        "--user-data-dir=" + profile, "--window-size=360,740");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("HOCLIEU_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Signs in on the sign-in page as a learner would, then empties the cache (Chromium's
     * {@code Network.clearBrowserCache}) so that the next visit is a first visit with the session kept.
     */
    void signIn(URI base, String username, String password) {
        browser.get(base.resolve("login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        drain();
    }

    /** Loads the page; only responses from the page's own origin count (not the browser's own requests). */
    Visit visit(URI page) throws InterruptedException {
        drain();
        browser.get(page.toString());
        Thread.sleep(2000); // late requests: fonts, lazy images in view
        String origin = page.getScheme() + "://" + page.getAuthority() + "/";
        return new Visit(responses().stream().filter(r -> r.url().startsWith(origin)).toList());
    }

    private void drain() {
        browser.manage().logs().get(LogType.PERFORMANCE);
    }

    private List<Response> responses() {
        Map<String, String> urls = new HashMap<>();
        Map<String, Integer> statuses = new HashMap<>();
        List<Response> responses = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            JsonNode params = message.get("params");
            switch (message.get("method").asString()) {
                case "Network.responseReceived" -> {
                    urls.put(params.get("requestId").asString(), params.get("response").get("url").asString());
                    statuses.put(params.get("requestId").asString(), params.get("response").get("status").asInt());
                }
                case "Network.loadingFinished" -> {
                    String id = params.get("requestId").asString();
                    if (urls.containsKey(id)) {
                        responses.add(new Response(urls.get(id), statuses.get(id), params.get("encodedDataLength").asLong()));
                    }
                }
                default -> {
                }
            }
        }
        return responses;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
