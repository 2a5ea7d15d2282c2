package vn.hoclieu.launcher.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.launcher.system.ApiClient;
import vn.hoclieu.launcher.system.MaterialFixture;
import vn.hoclieu.launcher.system.SystemStack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * A teacher writes a question and sets a quiz with it from the pages. A pupil takes a quiz on a 360-px phone whose link drops in the middle: the answer typed offline
 * stays on the device, is sent when the link returns without a reload, and the server has it.
 * The link is cut by Chromium's own network emulation (chromedriver's network conditions, offline).
 */
class QuizBrowserIT {

    private static final String OFFLINE = "Mất kết nối — câu trả lời được giữ trên máy này và sẽ được gửi khi có mạng";

    private ChromeDriver pupil;
    private ChromeDriver teacher;

    @AfterEach
    void close() {
        if (pupil != null) {
            pupil.quit();
        }
        if (teacher != null) {
            teacher.quit();
        }
    }

    @Test
    void matchingOrderingClozeAndEssayAreAnsweredWithSelectsButtonsAndBoxesAndSaved() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long class3B = Quiz.classNamed(lan, "3B");
        long category = Quiz.created(lan.postJson("api/v1/question-categories", "{\"name\":\"Các dạng " + marker + "\",\"subjectCode\":\"TIENG_VIET\",\"grade\":3}"));
        String q = "{\"categoryId\":" + category + ",\"points\":1,\"difficulty\":2,\"tags\":[],\"version\":0,";
        long matching = Quiz.created(lan.postJson("api/v1/questions", q + """
                "title":"Nối %s","type":"MATCHING","stem":"<p>Nối phép tính với kết quả</p>",
                "choices":[{"id":"l1","html":"3 + 4"},{"id":"l2","html":"2 × 5"}],"targets":[{"id":"t1","html":"7"},{"id":"t2","html":"10"}],
                "key":{"type":"MATCHING","pairs":{"l1":"t1","l2":"t2"}}}""".formatted(marker)));
        long ordering = Quiz.created(lan.postJson("api/v1/questions", q + """
                "title":"Sắp xếp %s","type":"ORDERING","stem":"<p>Xếp từ bé đến lớn</p>",
                "choices":[{"id":"o1","html":"một"},{"id":"o2","html":"hai"},{"id":"o3","html":"ba"}],
                "key":{"type":"ORDERING","order":["o1","o2","o3"],"partialCredit":false}}""".formatted(marker)));
        long cloze = Quiz.created(lan.postJson("api/v1/questions", q + """
                "title":"Điền %s","type":"CLOZE","stem":"<p>Con [[gap:1]] kêu meo meo, con [[gap:2]] sủa gâu gâu.</p>",
                "gapChoices":[[{"id":"m1","html":"mèo"},{"id":"m2","html":"gà"}],[]],
                "key":{"type":"CLOZE","gaps":[{"type":"SINGLE_CHOICE","correct":"m1"},
                {"type":"SHORT_TEXT","accepted":["chó"],"caseSensitive":false,"ignoreDiacritics":false}]}}""".formatted(marker)));
        long essay = Quiz.created(lan.postJson("api/v1/questions", q + """
                "title":"Viết %s","type":"ESSAY","stem":"<p>Viết một câu về trường em</p>","key":{"type":"ESSAY","graderGuidance":""}}"""
                .formatted(marker)));
        long quiz = Quiz.created(lan.postJson("api/v1/classes/" + class3B + "/quizzes", """
                {"title":"Các dạng câu hỏi %s","subjectCode":"TIENG_VIET","published":true,"attemptsAllowed":1,"slots":[
                {"questionId":%d,"points":1},{"questionId":%d,"points":1},{"questionId":%d,"points":1},{"questionId":%d,"points":1}]}"""
                .formatted(marker, matching, ordering, cloze, essay)));

        pupil = Browser.open(360, 740);
        signIn(pupil, "hs.an");
        pupil.get(SystemStack.url() + "app/quiz.xhtml?id=" + quiz);
        pupil.findElement(By.id("quiz-start")).click();
        waitFor(pupil, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hl-match select")));
        long attemptId = Long.parseLong(pupil.findElement(By.id("quiz-taker")).getDomAttribute("data-attempt"));

        for (WebElement row : question(pupil, "Nối phép tính").findElements(By.cssSelector(".hl-match"))) {
            new Select(row.findElement(By.tagName("select"))).selectByVisibleText(row.getText().startsWith("3 + 4") ? "7" : "10");
        }
        WebElement orderingQuestion = question(pupil, "Xếp từ bé");
        orderingQuestion.findElements(By.cssSelector(".hl-order-up")).get(2).click();
        List<String> shownOrder = orderingQuestion.findElements(By.cssSelector(".hl-ordering li")).stream().map(li -> li.getDomAttribute("data-choice")).toList();
        WebElement clozeQuestion = question(pupil, "kêu meo meo");
        new Select(clozeQuestion.findElement(By.cssSelector("[data-gap='1'] select"))).selectByVisibleText("mèo");
        clozeQuestion.findElement(By.cssSelector("[data-gap='2'] input")).sendKeys("chó");
        question(pupil, "Viết một câu").findElement(By.tagName("textarea")).sendKeys("Trường em có nhiều cây xanh.");
        for (String stem : List.of("Nối phép tính", "Xếp từ bé", "kêu meo meo", "Viết một câu")) {
            waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, stem), "data-save-state", "saved"));
        }
        Browser.screenshot(pupil, "quiz-types");

        ApiClient an = ApiClient.signedIn("hs.an");
        assertThat(responseTo(an, attemptId, "Nối phép tính")).containsExactlyInAnyOrder("l1=t1", "l2=t2");
        assertThat(responseTo(an, attemptId, "Xếp từ bé")).isEqualTo(shownOrder);
        assertThat(responseTo(an, attemptId, "kêu meo meo")).containsExactly("m1", "chó");
        assertThat(responseTo(an, attemptId, "Viết một câu")).containsExactly("Trường em có nhiều cây xanh.");
    }

    @Test
    void aPupilSeesTexTypesetARepositoryPictureAndTheDropDownOfAThirdPartyCloze() throws Exception {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long class3B = Quiz.classNamed(lan, "3B");
        long category = Quiz.created(lan.postJson("api/v1/question-categories", "{\"name\":\"Phân số " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}"));
        long material = MaterialFixture.readyMaterialBy(lan).withPicture().createPublished();
        String picture = json(lan.get("api/v1/questions/media/" + material)).get("html").asText().replace("\"", "\\\"");
        long fractions = Quiz.created(lan.postJson("api/v1/questions", Quiz.question(category, "Cộng phân số " + marker, "SINGLE_CHOICE",
                "<p>Tính \\\\(\\\\frac{1}{2} + \\\\frac{1}{4}\\\\) — xem hình:</p>" + picture,
                "[{\"id\":\"a\",\"html\":\"\\\\(\\\\frac{3}{4}\\\\)\"},{\"id\":\"b\",\"html\":\"\\\\(\\\\frac{2}{6}\\\\)\"}]",
                "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"a\"}")));
        HttpResponse<String> imported = lan.send(lan.request("api/v1/question-categories/" + category + "/qti")
                .header("Content-Type", "application/xml").header("X-File-Name", "inline_choice.xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(QuizBrowserIT.class.getResourceAsStream("/qti/inline_choice.xml").readAllBytes())).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long shakespeare = json(imported).get("questionIds").get(0).asLong();
        long quiz = Quiz.created(lan.postJson("api/v1/classes/" + class3B + "/quizzes", """
                {"title":"Phân số và Shakespeare %s","subjectCode":"TOAN","published":true,"attemptsAllowed":1,"slots":[
                {"questionId":%d,"points":1},{"questionId":%d,"points":1}]}""".formatted(marker, fractions, shakespeare)));

        pupil = Browser.open(360, 740);
        signIn(pupil, "hs.an");
        pupil.get(SystemStack.url() + "app/quiz.xhtml?id=" + quiz);
        pupil.findElement(By.id("quiz-start")).click();
        waitFor(pupil, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hl-stem .katex")));

        WebElement sum = question(pupil, "xem hình");
        assertThat(sum.findElement(By.cssSelector(".hl-stem .katex-html")).getText()).as("typeset, not TeX source").doesNotContain("\\frac");
        assertThat(sum.findElements(By.cssSelector(".hl-choice .katex"))).as("in the options too").hasSize(2);
        WebElement img = sum.findElement(By.cssSelector(".hl-stem img"));
        new WebDriverWait(pupil, Duration.ofSeconds(20)).until(d -> ((Number) pupil.executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).intValue() > 0);
        assertThat(((Number) pupil.executeScript("return arguments[0].naturalWidth;", img)).intValue()).as("the picture loaded").isEqualTo(40);
        WebElement gap = question(pupil, "Richard III").findElement(By.cssSelector("[data-gap] select"));
        assertThat(new Select(gap).getOptions()).extracting(WebElement::getText).contains("York");
        Browser.screenshot(pupil, "quiz-math-media");
    }

    @Test
    void whenTheServersTimeRunsOutThePageSaysTheSystemHandedTheAttemptInAndShowsTheReview() {
        LocalDateTime closes = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        Quiz quiz = Quiz.for3B(ApiClient.signedIn("gv.lan"), "\"closesAt\":\"" + closes + "\",");

        pupil = Browser.open(360, 740);
        signIn(pupil, "hs.dung");
        pupil.get(SystemStack.url() + "app/quiz.xhtml?id=" + quiz.id);
        pupil.findElement(By.id("quiz-start")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-timer"), "Còn lại 0:"));
        question(pupil, "2 + 3").findElement(By.cssSelector("input[value='b']")).click();
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "2 + 3"), "data-save-state", "saved"));

        new WebDriverWait(pupil, Duration.ofSeconds(40)).until(ExpectedConditions.textToBe(By.id("quiz-message"), "Hết giờ. Hệ thống đang nộp bài của em…"));
        assertThat(question(pupil, "7 : 2").findElement(By.cssSelector("input[type='text']")).isEnabled()).as("answers closed").isFalse();
        new WebDriverWait(pupil, Duration.ofSeconds(90)).until(ExpectedConditions.textToBe(By.id("quiz-message"), "Hết giờ. Hệ thống đã nộp bài của em."));
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-review"), "Xem lại bài làm"));
        assertThat(pupil.findElement(By.id("quiz-score")).getText()).isEqualTo("Điểm: 1 / 2");
        Browser.screenshot(pupil, "quiz-time-up");
    }

    @Test
    void aTeacherWritesAQuestionInTheBankAndSetsAQuizWithItForTheClass() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/question-bank.xhtml");
        teacher.findElement(By.id("newCategory:name")).sendKeys("Hình học " + marker);
        new Select(teacher.findElement(By.id("newCategory:subject"))).selectByValue("TOAN");
        new Select(teacher.findElement(By.id("newCategory:grade"))).selectByValue("3");
        teacher.findElement(By.id("newCategory:create")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("selected-category"), "Hình học " + marker));

        teacher.findElement(By.id("question:title")).sendKeys("Hình vuông " + marker);
        teacher.findElement(By.id("question:stem")).sendKeys("Hình vuông có mấy cạnh?");
        var options = teacher.findElements(By.cssSelector("input[id$=':option']"));
        options.get(0).sendKeys("3");
        options.get(1).sendKeys("4");
        teacher.findElements(By.cssSelector("input[id$=':right']")).get(1).click();
        teacher.findElement(By.id("question:add")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "Hình vuông " + marker));
        String questionId = teacher.findElement(By.cssSelector("#questions li")).getDomAttribute("data-question");
        assertThat(teacher.findElement(By.id("export-qti")).getText()).isEqualTo("Xuất QTI");
        assertThat(download(teacher, "export-qti")).as("the category's QTI package").isEqualTo("200 application/zip PK");

        long class3B = Quiz.classNamed(ApiClient.signedIn("gv.lan"), "3B");
        teacher.get(SystemStack.url() + "app/class.xhtml?id=" + class3B);
        teacher.findElement(By.id("new-quiz")).click();
        String title = "Hình học trên lớp " + marker;
        waitFor(teacher, ExpectedConditions.presenceOfElementLocated(By.id("quiz:title")));
        teacher.findElement(By.id("quiz:title")).sendKeys(title);
        new Select(teacher.findElement(By.id("quiz:subject"))).selectByValue("TOAN");
        teacher.findElement(By.id("quiz:timeLimit")).sendKeys("15");
        teacher.findElement(By.cssSelector("li[data-question='" + questionId + "'] input[type='checkbox']")).click();
        teacher.findElement(By.id("quiz:published")).click();
        teacher.findElement(By.id("quiz:save")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("quizzes"), title));
        Browser.screenshot(teacher, "quiz-teacher-class");

        teacher.findElement(By.id("quizzes")).findElement(By.linkText(title)).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-title"), title));
        assertThat(teacher.findElements(By.cssSelector("#results tbody tr"))).as("every pupil of 3B").hasSizeGreaterThanOrEqualTo(2);
        assertThat(teacher.findElements(By.cssSelector("#statistics tbody tr"))).as("no attempt finished yet").isEmpty();
        assertThat(download(teacher, "export-qti")).as("the quiz's QTI package").isEqualTo("200 application/zip PK");

        JsonNode quiz = null;
        for (JsonNode q : json(ApiClient.signedIn("hs.an").get("api/v1/classes/" + class3B + "/quizzes"))) {
            if (q.get("title").asText().equals(title)) {
                quiz = q;
            }
        }
        assertThat(quiz).as("published to the class").isNotNull();
        assertThat(quiz.get("timeLimitMinutes").asInt()).isEqualTo(15);
        assertThat(quiz.get("questions").asInt()).isEqualTo(1);
    }

    @Test
    void anAnswerTypedWhileTheLinkIsDownIsKeptAndSentWhenItReturnsWithoutAReload() {
        Quiz quiz = Quiz.for3B(ApiClient.signedIn("gv.lan"));

        pupil = Browser.open(360, 740);
        signIn(pupil, "hs.an");
        pupil.get(SystemStack.url() + "app/class.xhtml?id=" + quiz.classId);
        WebElement line = pupil.findElement(By.cssSelector("#quizzes li[data-quiz='" + quiz.id + "']"));
        assertThat(line.getText()).contains("Chưa làm");
        line.findElement(By.linkText(quiz.title)).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-title"), quiz.title));
        pupil.findElement(By.id("quiz-start")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-timer"), "Còn lại"));

        question(pupil, "2 + 3").findElement(By.cssSelector("input[value='b']")).click();
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "2 + 3"), "data-save-state", "saved"));
        waitFor(pupil, ExpectedConditions.textToBe(By.id("quiz-save-state"), "Đã lưu"));
        pupil.executeScript("window.notReloaded = true;");
        long attemptId = Long.parseLong(pupil.findElement(By.id("quiz-taker")).getDomAttribute("data-attempt"));

        pupil.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        question(pupil, "7 : 2").findElement(By.cssSelector("input[type='text']")).sendKeys("3,5");
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "7 : 2"), "data-save-state", "kept"));
        assertThat(pupil.findElement(By.id("quiz-save-state")).getText()).isEqualTo(OFFLINE);
        assertThat(question(pupil, "7 : 2").findElement(By.cssSelector(".hl-save-state")).getText()).isEqualTo("Đã giữ trên máy này, chờ gửi");
        assertThat((String) pupil.executeScript("return localStorage.getItem(arguments[0]);", "hoclieu.quiz:" + attemptId + ":"
                + question(pupil, "7 : 2").getDomAttribute("data-slot"))).contains("3,5");
        ApiClient an = ApiClient.signedIn("hs.an");
        assertThat(responseTo(an, attemptId, "7 : 2")).as("the server has not got it yet").isEmpty();
        Browser.screenshot(pupil, "quiz-offline");

        pupil.setNetworkConditions(new ChromiumNetworkConditions().setOffline(false));
        new WebDriverWait(pupil, Duration.ofSeconds(45)).until(ExpectedConditions.textToBe(By.id("quiz-save-state"), "Đã lưu"));
        assertThat(question(pupil, "7 : 2").getDomAttribute("data-save-state")).isEqualTo("saved");
        assertThat(pupil.executeScript("return window.notReloaded === true;")).as("caught up without a reload").isEqualTo(true);
        assertThat(responseTo(an, attemptId, "7 : 2")).containsExactly("3,5");
        assertThat(responseTo(an, attemptId, "2 + 3")).containsExactly("b");
        JsonNode clock = json(an.get("api/v1/attempts/" + attemptId + "/clock"));
        assertThat(clock.get("remainingSeconds").asLong()).as("the server's clock of a 30-minute quiz").isBetween(60L, 1800L);
        assertThat(clock.hasNonNull("submittedAt")).isFalse();
        assertThat(ApiClient.signedIn("hs.dung").get("api/v1/attempts/" + attemptId + "/clock").statusCode()).as("another pupil's").isEqualTo(404);

        // another tab saved 6 meanwhile: the page shows the server's answer and lets the pupil choose
        JsonNode sumNow = questionJson(an, attemptId, "2 + 3");
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/" + sumNow.get("slot").asInt(), "{\"response\":[\"c\"],\"baseVersion\":"
                + sumNow.get("version").asLong() + ",\"saveId\":\"other-tab\"}").statusCode()).isEqualTo(200);
        question(pupil, "2 + 3").findElement(By.cssSelector("input[value='a']")).click();
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "2 + 3"), "data-save-state", "conflict"));
        assertThat(question(pupil, "2 + 3").findElement(By.cssSelector(".hl-conflict-server")).getText()).isEqualTo("Trên máy chủ: 6");
        question(pupil, "2 + 3").findElement(By.cssSelector(".hl-keep-mine")).click();
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "2 + 3"), "data-save-state", "saved"));
        assertThat(responseTo(an, attemptId, "2 + 3")).as("the pupil kept this device's answer").containsExactly("a");
        question(pupil, "2 + 3").findElement(By.cssSelector("input[value='b']")).click();
        waitFor(pupil, ExpectedConditions.attributeToBe(question(pupil, "2 + 3"), "data-save-state", "saved"));
        waitFor(pupil, ExpectedConditions.textToBe(By.id("quiz-save-state"), "Đã lưu"));

        pupil.findElement(By.id("quiz-submit")).click();
        waitFor(pupil, ExpectedConditions.textToBe(By.id("quiz-confirm-list"), "Em đã trả lời tất cả các câu."));
        pupil.findElement(By.id("quiz-confirm-yes")).click();
        waitFor(pupil, ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-review"), "Xem lại bài làm"));
        assertThat(pupil.findElement(By.id("quiz-score")).getText()).isEqualTo("Điểm: 2 / 2");
        assertThat(pupil.findElement(By.id("quiz-review")).getText()).contains("Câu trả lời của em: 5");
        Browser.screenshot(pupil, "quiz-review");
        assertThat(json(an.get("api/v1/attempts/" + attemptId + "/clock")).hasNonNull("submittedAt")).isTrue();

        pupil.get(SystemStack.url() + "app/class.xhtml?id=" + quiz.classId);
        assertThat(pupil.findElement(By.cssSelector("#quizzes li[data-quiz='" + quiz.id + "']")).getText()).contains("Đã nộp");

        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/quiz-results.xhtml?id=" + quiz.id);
        long anId = json(an.get("api/v1/auth/me")).get("id").asLong();
        assertThat(teacher.findElement(By.cssSelector("#results tr[data-pupil='" + anId + "'] .hl-result")).getText()).isEqualTo("10,0");
        assertThat(teacher.findElement(By.id("statistics")).getText()).contains("Cộng ").contains("Chia ").contains("100 %")
                .as("the option's text, not its id").contains("5: 1");
        Browser.screenshot(teacher, "quiz-teacher-results");
    }

    @Test
    void aTeacherCorrectsABankQuestionTypingItsPointsWithADecimalComma() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long category = Quiz.created(lan.postJson("api/v1/question-categories", "{\"name\":\"Sửa câu " + marker
                + "\",\"subjectCode\":\"TOAN\",\"grade\":3}"));
        long question = Quiz.created(lan.postJson("api/v1/questions", Quiz.question(category, "Cộng " + marker, "SINGLE_CHOICE",
                "<p>2 + 3 = ?</p>", "[{\"id\":\"a\",\"html\":\"4\"},{\"id\":\"b\",\"html\":\"6\"},{\"id\":\"c\",\"html\":\"5\"}]",
                "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"b\"}")));
        long version = json(lan.get("api/v1/questions/" + question)).get("version").asLong();
        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/question-bank.xhtml?category=" + category);

        teacher.findElement(By.cssSelector("li[data-question='" + question + "'] .hl-edit-question")).click();
        waitFor(teacher, ExpectedConditions.presenceOfElementLocated(By.id("question:update")));
        assertThat(teacher.findElement(By.id("question:title")).getDomProperty("value")).isEqualTo("Cộng " + marker);
        assertThat(teacher.findElements(By.cssSelector("input[id$=':option']")).get(2).getDomProperty("value")).isEqualTo("5");
        var right = teacher.findElements(By.cssSelector("input[id$=':right']"));
        right.get(1).click(); // the wrong key "6" off
        right.get(2).click(); // "5" on
        teacher.findElement(By.id("question:points")).clear();
        teacher.findElement(By.id("question:points")).sendKeys("1,5");
        teacher.findElement(By.id("question:update")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu câu hỏi"));

        JsonNode saved = json(lan.get("api/v1/questions/" + question));
        assertThat(saved.get("points").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(saved.get("key").get("correct").asText()).isEqualTo("c");
        assertThat(saved.get("version").asLong()).as("a new version").isEqualTo(version + 1);
        assertThat(teacher.findElement(By.cssSelector("li[data-question='" + question + "']")).getText()).contains("1,5");
    }

    @Test
    void onceAttemptedAQuizPageLocksAllButItsTimesAttemptsAndReviewAndSaysWhy() {
        ApiClient lan = ApiClient.signedIn("gv.lan");
        Quiz quiz = Quiz.for3B(lan);
        ApiClient an = ApiClient.signedIn("hs.an");
        assertThat(an.postJson("api/v1/quizzes/" + quiz.id + "/attempts", "").statusCode()).isEqualTo(200);
        teacher = Browser.open(1280, 900);
        signIn(teacher, "gv.lan");
        teacher.get(SystemStack.url() + "app/quiz-results.xhtml?id=" + quiz.id);
        assertThat(teacher.findElement(By.id("export")).getDomAttribute("href")).endsWith("/api/v1/quizzes/" + quiz.id + "/results.xlsx");

        teacher.findElement(By.id("edit")).click();
        waitFor(teacher, ExpectedConditions.presenceOfElementLocated(By.id("attempted-note")));
        assertThat(teacher.findElement(By.id("attempted-note")).getText()).contains("Đã có học sinh làm bài này");
        assertThat(teacher.findElement(By.id("quiz:title")).isEnabled()).isFalse();
        assertThat(teacher.findElement(By.id("quiz:timeLimit")).isEnabled()).isFalse();
        teacher.findElement(By.id("quiz:attempts")).clear();
        teacher.findElement(By.id("quiz:attempts")).sendKeys("3");
        teacher.findElement(By.id("quiz:save")).click();
        waitFor(teacher, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu bài kiểm tra"));

        JsonNode saved = json(lan.get("api/v1/quizzes/" + quiz.id));
        assertThat(saved.get("attemptsAllowed").asInt()).isEqualTo(3);
        assertThat(saved.get("title").asText()).isEqualTo(quiz.title);
        assertThat(saved.get("timeLimitMinutes").asInt()).isEqualTo(30);
    }

    /** A published quiz of gv.lan's for 3B (30 minutes unless told): a single-choice sum and a numeric division. */
    private record Quiz(long id, long classId, String title) {

        static long classNamed(ApiClient teacher, String name) {
            for (JsonNode c : json(teacher.get("api/v1/classes"))) {
                if (c.get("name").asText().equals(name)) {
                    return c.get("id").asLong();
                }
            }
            throw new AssertionError("no class " + name);
        }

        static Quiz for3B(ApiClient lan) {
            return for3B(lan, "\"timeLimitMinutes\":30,");
        }

        static Quiz for3B(ApiClient lan, String timing) {
            String marker = UUID.randomUUID().toString().substring(0, 6);
            long class3B = classNamed(lan, "3B");
            long category = created(lan.postJson("api/v1/question-categories", "{\"name\":\"Trên điện thoại " + marker
                    + "\",\"subjectCode\":\"TOAN\",\"grade\":3}"));
            long sum = created(lan.postJson("api/v1/questions", question(category, "Cộng " + marker, "SINGLE_CHOICE", "<p>2 + 3 = ?</p>",
                    "[{\"id\":\"a\",\"html\":\"4\"},{\"id\":\"b\",\"html\":\"5\"},{\"id\":\"c\",\"html\":\"6\"}]",
                    "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"b\"}")));
            long division = created(lan.postJson("api/v1/questions", question(category, "Chia " + marker, "NUMERIC", "<p>7 : 2 = ?</p>",
                    "[]", "{\"type\":\"NUMERIC\",\"value\":3.5,\"tolerance\":0}")));
            String title = "Kiểm tra trên điện thoại " + marker;
            long quiz = created(lan.postJson("api/v1/classes/" + class3B + "/quizzes", """
                    {"title":"%s","intro":"Làm cẩn thận.","subjectCode":"TOAN","published":true,%s"attemptsAllowed":1,
                    "slots":[{"questionId":%d,"points":1},{"questionId":%d,"points":1}]}""".formatted(title, timing, sum, division)));
            return new Quiz(quiz, class3B, title);
        }

        static String question(long category, String title, String type, String stem, String choices, String key) {
            return """
                    {"categoryId":%d,"title":"%s","type":"%s","stem":"%s","choices":%s,"key":%s,"points":1,"difficulty":2,"tags":[],"version":0}"""
                    .formatted(category, title, type, stem, choices, key);
        }

        static long created(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return json(response).get("id").asLong();
        }
    }

    /** The section of the question whose stem holds the words. */
    private static WebElement question(ChromeDriver browser, String stem) {
        return browser.findElement(By.xpath("//section[contains(@class,'hl-question')][.//div[contains(@class,'hl-stem')][contains(., '" + stem + "')]]"));
    }

    /** What the server holds as the pupil's answer to the question whose stem holds the words. */
    private static List<String> responseTo(ApiClient pupil, long attemptId, String stem) {
        List<String> values = new ArrayList<>();
        questionJson(pupil, attemptId, stem).get("response").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode questionJson(ApiClient pupil, long attemptId, String stem) {
        for (JsonNode q : json(pupil.get("api/v1/attempts/" + attemptId)).get("questions")) {
            if (q.get("stem").asText().contains(stem)) {
                return q;
            }
        }
        throw new AssertionError("no question " + stem);
    }

    /** Fetches a download link's target in the page's session: status, media type and the file's first two bytes. */
    private static String download(ChromeDriver browser, String linkId) {
        return (String) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var bytes = new Uint8Array(b);
                    done(r.status + ' ' + r.headers.get('Content-Type').split(';')[0] + ' ' + String.fromCharCode(bytes[0], bytes[1]));
                  });
                }).catch(function (e) { done('failed: ' + e); });""", linkId);
    }

    private static void signIn(ChromeDriver browser, String username) {
        browser.get(SystemStack.url() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoSchool.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private static void waitFor(ChromeDriver browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
