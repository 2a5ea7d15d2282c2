package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Online quizzes through the running system: gv.lan (homeroom 3B, Maths) builds quizzes from her
 * bank and a QTI package, hs.an takes them — start, resume, versioned and idempotent saves,
 * submission, review as the quiz allows —, the server submits an attempt whose time ran out with
 * no browser left, essays wait for the teacher's grade, nobody outside reads an attempt, and a
 * restart of the application (Payara alone, on the same data) loses no saved answer.
 */
class QuizApiIT {

    @Test
    void aClassTakesAQuizBuiltFromTheBankAndAQtiPackage() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        HttpResponse<String> imported = bank.teacher.send(bank.teacher.request("api/v1/question-categories/" + bank.newCategory("QTI") + "/qti")
                .header("Content-Type", "application/zip").header("X-File-Name", "tao-qti21-MathML.zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("/qti/tao-qti21-MathML.zip"))).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(3);
        assertThat(json(imported).get("problems")).isEmpty();
        long qtiCategory = json(bank.teacher.get("api/v1/questions/" + json(imported).get("questionIds").get(0).asLong())).get("categoryId").asLong();

        long quiz = bank.quiz("""
                "attemptsAllowed":2,"slots":[{"questionId":%d,"points":1},{"questionId":%d,"points":1},{"categoryId":%d,"count":1,"points":1}]"""
                .formatted(bank.sum, bank.division, qtiCategory));

        ApiClient an = ApiClient.signedIn("hs.an");
        HttpResponse<String> started = an.postJson("api/v1/quizzes/" + quiz + "/attempts", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode attempt = json(started);
        long attemptId = attempt.get("id").asLong();
        assertThat(attempt.get("questions")).hasSize(3);
        assertThat(attempt.hasNonNull("endsAt")).as("no time limit, no closing").isFalse();
        assertThat(json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("id").asLong()).as("resumed").isEqualTo(attemptId);

        int sumSlot = slotTitled(attempt, bank.sumTitle);
        String answers = "api/v1/attempts/" + attemptId + "/answers/";
        HttpResponse<String> saved = an.putJson(answers + sumSlot, "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"s1\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(json(saved).get("version").asLong()).isEqualTo(1);

        HttpResponse<String> again = an.putJson(answers + sumSlot, "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"s1\"}");
        assertThat(again.statusCode()).as("the same save after a dropped link").isEqualTo(200);
        assertThat(json(again).get("outcome").asText()).isEqualTo("REPEATED");
        assertThat(json(again).get("version").asLong()).isEqualTo(1);

        HttpResponse<String> stale = an.putJson(answers + sumSlot, "{\"response\":[\"c\"],\"baseVersion\":0,\"saveId\":\"other-tab\"}");
        assertThat(stale.statusCode()).as("made from version 0 in another tab").isEqualTo(409);
        assertThat(json(stale).get("error").asText()).isEqualTo("answer_conflict");
        assertThat(json(stale).get("version").asLong()).isEqualTo(1);
        assertThat(json(stale).get("response").get(0).asText()).isEqualTo("b");

        assertThat(an.putJson(answers + slotTitled(attempt, bank.divisionTitle), "{\"response\":[\"3,5\"],\"baseVersion\":0,\"saveId\":\"s2\"}")
                .statusCode()).isEqualTo(200);
        assertThat(json(an.get("api/v1/attempts/" + attemptId)).get("questions").get(sumSlot - 1).get("response").get(0).asText()).isEqualTo("b");

        HttpResponse<String> submitted = an.postJson("api/v1/attempts/" + attemptId + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).get("score").decimalValue()).isEqualByComparingTo("2");
        assertThat(json(submitted).get("maxScore").decimalValue()).isEqualByComparingTo("3");
        assertThat(an.putJson(answers + sumSlot, "{\"response\":[\"a\"],\"baseVersion\":1,\"saveId\":\"late\"}").statusCode()).isEqualTo(409);

        JsonNode results = json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results"));
        assertThat(pupilNamed(results, "hs.an", an).get("grade").decimalValue()).as("2 of 3 on 10").isEqualByComparingTo("6.67");

        JsonNode statistics = json(bank.teacher.get("api/v1/quizzes/" + quiz + "/statistics"));
        JsonNode sumStatistics = null;
        for (JsonNode item : statistics) {
            if (item.get("questionId").asLong() == bank.sum) {
                sumStatistics = item;
            }
        }
        assertThat(sumStatistics).isNotNull();
        assertThat(sumStatistics.get("facility").asDouble()).isEqualTo(1.0);
        assertThat(sumStatistics.get("frequencies").get("b").asInt()).isEqualTo(1);
        assertThat(an.get("api/v1/quizzes/" + quiz + "/statistics").statusCode()).as("teachers only").isEqualTo(403);

        JsonNode second = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        assertThat(second.get("id").asLong()).isNotEqualTo(attemptId);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("questions").findValues("response")).allSatisfy(r -> assertThat(r).isEmpty());
        an.postJson("api/v1/attempts/" + second.get("id").asLong() + "/submit", "");
        HttpResponse<String> third = an.postJson("api/v1/quizzes/" + quiz + "/attempts", "");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(json(third).get("error").asText()).isEqualTo("no_attempts_left");
        assertThat(pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).get("grade").decimalValue())
                .as("the highest of 6.67 and 0").isEqualByComparingTo("6.67");
    }

    @Test
    void nobodySeesRightAnswersBeforeTheQuizAllowsAndNobodyElseReadsAnAttempt() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        JsonNode attempt = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        long attemptId = attempt.get("id").asLong();
        String taking = an.get("api/v1/attempts/" + attemptId).body();
        assertThat(taking).doesNotContain("\"correct\"", "\"key\"", "rightAnswer");

        an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":[\"a\"],\"baseVersion\":0,\"saveId\":\"x\"}");
        JsonNode review = json(an.postJson("api/v1/attempts/" + attemptId + "/submit", ""));
        assertThat(review.get("questions").get(0).hasNonNull("rightAnswer")).as("right answers only after the quiz closes").isFalse();
        assertThat(review.get("questions").get(0).get("correct").asBoolean()).isFalse();

        String path = "api/v1/attempts/" + attemptId;
        ApiClient bao = ApiClient.signedIn("hs.bao"); // a pupil of 5C
        assertThat(bao.get(path).statusCode()).isEqualTo(404);
        assertThat(bao.get(path + "/review").statusCode()).isEqualTo(404);
        assertThat(bao.putJson(path + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":1,\"saveId\":\"y\"}").statusCode()).isEqualTo(404);
        assertThat(bao.postJson("api/v1/quizzes/" + quiz + "/attempts", "").statusCode()).as("not a quiz of 5C").isEqualTo(404);

        ApiClient minh = ApiClient.signedIn("gv.minh"); // homeroom 5C
        assertThat(minh.get(path + "/review").statusCode()).isEqualTo(404);
        assertThat(minh.get("api/v1/quizzes/" + quiz + "/results").statusCode()).isEqualTo(403);
        assertThat(minh.get("api/v1/classes/" + bank.class3B + "/quizzes").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = minh.postJson("api/v1/classes/" + bank.class3B + "/quizzes", bank.quizJson("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).isEqualTo("forbidden");

        JsonNode teacherView = json(bank.teacher.get(path + "/review"));
        assertThat(teacherView.get("questions").get(0).get("rightAnswer").get("correct").asText()).isEqualTo("b");
    }

    @Test
    void anAttemptWhoseTimeRunsOutIsSubmittedByTheServerWithTheBrowserGone() throws InterruptedException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        LocalDateTime closes = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        long quiz = bank.quiz("\"closesAt\":\"%s\",\"slots\":[{\"questionId\":%d,\"points\":1},{\"questionId\":%d,\"points\":1}]"
                .formatted(closes, bank.sum, bank.division));
        ApiClient an = ApiClient.signedIn("hs.an");
        JsonNode attempt = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        assertThat(attempt.get("remainingSeconds").asLong()).isBetween(1L, 8L);
        long attemptId = attempt.get("id").asLong();
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/" + slotTitled(attempt, bank.sumTitle),
                "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"before-the-end\"}").statusCode()).isEqualTo(200);
        // the pupil closes the browser: nothing more is sent

        JsonNode mine = null;
        for (int i = 0; i < 60 && (mine == null || !mine.hasNonNull("submittedBy")); i++) {
            Thread.sleep(2_000);
            mine = pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).get("attempts").get(0);
        }
        assertThat(mine.get("submittedBy").asText()).isEqualTo("SERVER");
        assertThat(mine.get("score").decimalValue()).as("the saved answer counted").isEqualByComparingTo("1");
        HttpResponse<String> late = an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":[\"a\"],\"baseVersion\":5,\"saveId\":\"late\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("error").asText()).isEqualTo("attempt_over");
    }

    @Test
    void aPupilWhoComesBackAfterTheTimeRanOutFindsTheAttemptHandedInAndCountedEvenWhenNoNewStartIsAllowed() throws InterruptedException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        LocalDateTime closes = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        long quiz = bank.quiz("\"closesAt\":\"%s\",\"attemptsAllowed\":1,\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(closes, bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        long attemptId = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("id").asLong();
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"in-time\"}")
                .statusCode()).isEqualTo(200);
        // the end (the closing) and the 15 s grace pass; the sweep runs every 30 s, so it has most likely not come yet
        Thread.sleep(java.time.Duration.between(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")), closes.plusSeconds(16)).toMillis());

        HttpResponse<String> again = an.postJson("api/v1/quizzes/" + quiz + "/attempts", "");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonNode mine = pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an);
        assertThat(mine.get("attempts")).as("no new attempt").hasSize(1);
        assertThat(mine.get("attempts").get(0).hasNonNull("submittedAt")).as("handed in by the refused start").isTrue();
        assertThat(mine.get("attempts").get(0).get("submittedBy").asText()).isEqualTo("SERVER");
        assertThat(mine.get("grade").decimalValue()).as("the saved answer counted").isEqualByComparingTo("10");
    }

    @Test
    void theTeacherDownloadsTheResultsAsASpreadsheetWithEachPupilsGradeAndTheAnswersAsPupilsSawThem() throws IOException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1},{\"questionId\":%d,\"points\":1}]".formatted(bank.sum, bank.division));
        ApiClient an = ApiClient.signedIn("hs.an");
        JsonNode attempt = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        long attemptId = attempt.get("id").asLong();
        an.putJson("api/v1/attempts/" + attemptId + "/answers/" + slotTitled(attempt, bank.sumTitle), "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"1\"}");
        an.putJson("api/v1/attempts/" + attemptId + "/answers/" + slotTitled(attempt, bank.divisionTitle), "{\"response\":[\"4\"],\"baseVersion\":0,\"saveId\":\"2\"}");
        an.postJson("api/v1/attempts/" + attemptId + "/submit", "");
        String name = pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).get("name").asText();

        JsonNode sum = null;
        for (JsonNode item : json(bank.teacher.get("api/v1/quizzes/" + quiz + "/statistics"))) {
            sum = item.get("questionId").asLong() == bank.sum ? item : sum;
        }
        assertThat(sum.get("frequencies").get("b").asInt()).as("ids kept").isEqualTo(1);
        assertThat(sum.get("answerTexts").get(0).get("value").asText()).isEqualTo("b");
        assertThat(sum.get("answerTexts").get(0).get("text").asText()).as("the option's text").isEqualTo("5");

        String path = "api/v1/quizzes/" + quiz + "/results.xlsx";
        HttpResponse<byte[]> file = bank.teacher.sendBytes(bank.teacher.request(path).GET().build());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet pupils = book.getSheetAt(0);
            assertThat(pupils.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            Row row = rowWith(pupils, 1, name);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("3B");
            assertThat(row.getCell(3).getNumericCellValue()).as("attempts").isEqualTo(1);
            assertThat(row.getCell(4).getNumericCellValue()).as("1 of 2 on 10").isEqualTo(5.0);
            assertThat(row.getCell(5).getNumericCellValue()).as("points").isEqualTo(1.0);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Đã nộp");
            assertThat(row.getCell(8).getStringCellValue()).as("Vietnam time").matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            Row item = rowWith(book.getSheetAt(1), 1, bank.sumTitle);
            assertThat(item.getCell(2).getStringCellValue()).isEqualTo("Một lựa chọn");
            assertThat(item.getCell(6).getStringCellValue()).isEqualTo("5: 1");
        }
        ApiClient minh = ApiClient.signedIn("gv.minh");
        assertThat(minh.sendBytes(minh.request(path).GET().build()).statusCode()).as("a teacher of 5C").isEqualTo(403);
        assertThat(an.sendBytes(an.request(path).GET().build()).statusCode()).as("a pupil").isEqualTo(403);
    }

    @Test
    void aQuizChangesFreelyUntilAttemptedAndThenOnlyInItsTimesAttemptsAndReview() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"attemptsAllowed\":1,\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        String path = "api/v1/quizzes/" + quiz;
        String twoQuestions = "\"slots\":[{\"questionId\":%d,\"points\":2},{\"questionId\":%d,\"points\":2}]".formatted(bank.sum, bank.division);

        HttpResponse<String> beforeAttempts = bank.teacher.putJson(path, bank.quizJson("\"timeLimitMinutes\":20," + twoQuestions));
        assertThat(beforeAttempts.statusCode()).as(beforeAttempts.body()).isEqualTo(200);
        assertThat(json(beforeAttempts).get("questions").asInt()).isEqualTo(2);
        assertThat(json(beforeAttempts).get("maxScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(json(beforeAttempts).get("timeLimitMinutes").asInt()).isEqualTo(20);

        ApiClient an = ApiClient.signedIn("hs.an");
        an.postJson("api/v1/attempts/" + json(an.postJson(path + "/attempts", "")).get("id").asLong() + "/submit", "");

        String later = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> allowed = bank.teacher.putJson(path, bank.quizJson("\"timeLimitMinutes\":20,\"attemptsAllowed\":3,\"closesAt\":\"" + later
                + "\",\"review\":{\"AFTER_CLOSE\":[\"RIGHT_ANSWERS\"]}," + twoQuestions));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(json(allowed).get("attemptsAllowed").asInt()).isEqualTo(3);
        assertThat(json(allowed).hasNonNull("closesAt")).isTrue();

        HttpResponse<String> otherPoints = bank.teacher.putJson(path, bank.quizJson("\"timeLimitMinutes\":20,\"attemptsAllowed\":3,"
                + twoQuestions.replace("\"points\":2}]", "\"points\":3}]")));
        assertThat(otherPoints.statusCode()).isEqualTo(409);
        assertThat(json(otherPoints).get("error").asText()).isEqualTo("quiz_attempted");
        assertThat(json(otherPoints).get("message").asText()).contains("Đã có học sinh làm bài");
        assertThat(bank.teacher.putJson(path, bank.quizJson("\"timeLimitMinutes\":45,\"attemptsAllowed\":3," + twoQuestions)).statusCode())
                .as("another time limit").isEqualTo(409);
        assertThat(bank.teacher.putJson(path, bank.quizJson("\"timeLimitMinutes\":20,\"gradingMethod\":\"AVERAGE\"," + twoQuestions)).statusCode())
                .as("another grading method").isEqualTo(409);
        JsonNode held = json(bank.teacher.get(path));
        assertThat(held.get("maxScore").decimalValue()).as("nothing of the refused edits kept").isEqualByComparingTo("4");
        assertThat(held.get("gradingMethod").asText()).isEqualTo("HIGHEST");
        assertThat(ApiClient.signedIn("gv.minh").putJson(path, bank.quizJson(twoQuestions)).statusCode()).as("a teacher of 5C").isEqualTo(403);
    }

    @Test
    void anEssayWaitsForTheTeachersGradeAndACorrectedKeyRegradesFinishedAttempts() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long essay = bank.question("Tả con mèo", "ESSAY", "Tả con mèo nhà em.", "[]", "{\"type\":\"ESSAY\",\"graderGuidance\":\"Đủ ba phần\"}");
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":2},{\"questionId\":%d,\"points\":1}]".formatted(essay, bank.division));
        ApiClient an = ApiClient.signedIn("hs.an");
        JsonNode attempt = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        long attemptId = attempt.get("id").asLong();
        int essaySlot = slotTitled(attempt, "Tả con mèo");
        an.putJson("api/v1/attempts/" + attemptId + "/answers/" + essaySlot, "{\"response\":[\"Con mèo nhà em tên là Mướp.\"],\"baseVersion\":0,\"saveId\":\"e\"}");
        an.putJson("api/v1/attempts/" + attemptId + "/answers/" + slotTitled(attempt, bank.divisionTitle), "{\"response\":[\"4\"],\"baseVersion\":0,\"saveId\":\"d\"}");
        assertThat(json(an.postJson("api/v1/attempts/" + attemptId + "/submit", "")).get("waitingForGrading").asInt()).isEqualTo(1);
        assertThat(pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).hasNonNull("grade"))
                .as("no grade while an essay waits").isFalse();

        JsonNode queue = json(bank.teacher.get("api/v1/quizzes/" + quiz + "/grading"));
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("response").get(0).asText()).isEqualTo("Con mèo nhà em tên là Mướp.");
        String grade = "api/v1/attempts/" + attemptId + "/answers/" + essaySlot + "/grade";
        HttpResponse<String> tooMuch = bank.teacher.putJson(grade, "{\"points\":3}");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(json(tooMuch).get("error").asText()).isEqualTo("points_range");
        assertThat(ApiClient.signedIn("gv.minh").putJson(grade, "{\"points\":2}").statusCode()).as("a teacher of 5C").isEqualTo(403);
        assertThat(bank.teacher.putJson(grade, "{\"points\":1.5}").statusCode()).isEqualTo(200);
        assertThat(pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).get("grade").decimalValue())
                .as("1.5 of 3 on 10").isEqualByComparingTo("5");

        JsonNode division = json(bank.teacher.get("api/v1/questions/" + bank.division));
        HttpResponse<String> corrected = bank.teacher.putJson("api/v1/questions/" + bank.division, bank.questionJson(bank.divisionTitle, "NUMERIC",
                "7 : 2 = ?", "[]", "{\"type\":\"NUMERIC\",\"value\":4,\"tolerance\":0.5}", division.get("version").asLong()));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an).get("grade").decimalValue())
                .as("the answer 4 is right under the corrected key").isEqualByComparingTo("8.33");
        assertThat(bank.teacher.putJson("api/v1/questions/" + bank.division, bank.questionJson(bank.divisionTitle, "NUMERIC",
                "7 : 2 = ?", "[]", "{\"type\":\"NUMERIC\",\"value\":3.5,\"tolerance\":0}", division.get("version").asLong())).statusCode())
                .as("an edit from a version already changed").isEqualTo(409);
    }

    @Test
    void ofConcurrentSavesFromTheSameVersionExactlyOneIsAppliedAndNoneIsLost() throws Exception {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.division));
        ApiClient an = ApiClient.signedIn("hs.an");
        long attemptId = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("id").asLong();
        List<java.util.concurrent.Callable<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"response\":[\"" + i + "\"],\"baseVersion\":0,\"saveId\":\"device-" + i + "\"}";
            saves.add(() -> an.putJson("api/v1/attempts/" + attemptId + "/answers/1", body));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var future : pool.invokeAll(saves)) {
                answers.add(future.get());
            }
        }
        List<HttpResponse<String>> applied = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(applied).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() == 409)).hasSize(7)
                .allSatisfy(r -> assertThat(json(r).get("response")).isEqualTo(json(applied.getFirst()).get("response")));
        JsonNode held = json(an.get("api/v1/attempts/" + attemptId)).get("questions").get(0);
        assertThat(held.get("version").asLong()).isEqualTo(1);
        assertThat(held.get("response")).isEqualTo(json(applied.getFirst()).get("response"));
    }

    @Test
    void aServerRestartInTheMiddleOfAnAttemptLosesNoSavedAnswer() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"timeLimitMinutes\":30,\"slots\":[{\"questionId\":%d,\"points\":1},{\"questionId\":%d,\"points\":1}]"
                .formatted(bank.sum, bank.division));
        ApiClient before = ApiClient.signedIn("hs.an");
        JsonNode attempt = json(before.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        long attemptId = attempt.get("id").asLong();
        int sumSlot = slotTitled(attempt, bank.sumTitle);
        assertThat(before.putJson("api/v1/attempts/" + attemptId + "/answers/" + sumSlot,
                "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"r1\"}").statusCode()).isEqualTo(200);

        SystemStack.get().restartApplication();

        ApiClient after = ApiClient.signedIn("hs.an"); // sessions live in the application's memory: sign in again
        JsonNode resumed = json(after.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        assertThat(resumed.get("id").asLong()).isEqualTo(attemptId);
        assertThat(resumed.get("remainingSeconds").asLong()).as("the server's clock kept running").isBetween(60L, 30 * 60L);
        JsonNode saved = resumed.get("questions").get(sumSlot - 1);
        assertThat(saved.get("response").get(0).asText()).isEqualTo("b");
        assertThat(saved.get("version").asLong()).isEqualTo(1);
        HttpResponse<String> retried = after.putJson("api/v1/attempts/" + attemptId + "/answers/" + sumSlot,
                "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"r1\"}");
        assertThat(json(retried).get("outcome").asText()).as("the save resent after the restart").isEqualTo("REPEATED");
    }

    @Test
    void badInputIsRefusedWithATranslatedErrorAndTheServerStaysUp() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        HttpResponse<String> keyless = bank.teacher.postJson("api/v1/questions", bank.questionJson("Thiếu đáp án", "SINGLE_CHOICE", "1 + 1 = ?",
                "[{\"id\":\"a\",\"html\":\"2\"}]", "{\"type\":\"SINGLE_CHOICE\"}", 0));
        assertThat(keyless.statusCode()).isEqualTo(400);
        assertThat(json(keyless).get("error").asText()).isEqualTo("invalid_key");
        HttpResponse<String> mismatched = bank.teacher.inLanguage("en").postJson("api/v1/questions", bank.questionJson("Sai loại", "ESSAY", "x", "[]",
                "{\"type\":\"TRUE_FALSE\",\"correct\":true}", 0));
        assertThat(json(mismatched).get("message").asText()).contains("answer key");
        bank.teacher.inLanguage("vi");

        HttpResponse<String> tooFew = bank.teacher.postJson("api/v1/classes/" + bank.class3B + "/quizzes",
                bank.quizJson("\"slots\":[{\"categoryId\":%d,\"count\":5,\"points\":1}]".formatted(bank.category)));
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(json(tooFew).get("error").asText()).isEqualTo("not_enough_questions");
        assertThat(json(tooFew).get("message").asText()).contains("không đủ câu");

        String qti = "api/v1/question-categories/" + bank.category + "/qti";
        HttpResponse<String> notQti = bank.teacher.post(qti, "application/xml", "<p>không phải QTI");
        assertThat(notQti.statusCode()).isEqualTo(200);
        assertThat(json(notQti).get("imported").asInt()).isZero();
        assertThat(json(notQti).get("problems").get(0).get("code").asText()).isEqualTo("MALFORMED");
        HttpResponse<String> overJsonLimit = bank.teacher.send(bank.teacher.request(qti).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20])).build());
        assertThat(overJsonLimit.statusCode()).as("packages may be larger than JSON bodies (1 MiB)").isEqualTo(200);
        assertThat(json(overJsonLimit).get("imported").asInt()).isZero();
        HttpResponse<String> huge = bank.teacher.send(bank.teacher.request(qti).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(20 << 20) + 1])).build());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json(bank.teacher.get("api/v1/question-categories/" + bank.category + "/questions"))).as("nothing lost, nothing added").hasSize(2);

        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        long attemptId = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("id").asLong();
        HttpResponse<String> noSaveId = an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0}");
        assertThat(noSaveId.statusCode()).isEqualTo(400);
        assertThat(json(noSaveId).get("fields").has("saveId")).isTrue();
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/9", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"z\"}")
                .statusCode()).as("no such slot").isEqualTo(404);
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":").statusCode()).isEqualTo(400);
        assertThat(an.putJson("api/v1/attempts/" + attemptId + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"z\"}")
                .statusCode()).as("the server is still up and the answer still at version 0").isEqualTo(200);
    }

    @Test
    void aCategoryExportedAsQtiReImportsToTheSameQuestionsThatScoreTheSame() throws IOException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        bank.question("Thủ đô " + bank.marker, "SHORT_TEXT", "<p>Thủ đô của Việt Nam là [[gap:0]].</p>", "[]",
                "{\"type\":\"SHORT_TEXT\",\"accepted\":[\"Hà Nội\",\"hà nội\"],\"caseSensitive\":false,\"ignoreDiacritics\":true}");
        bank.question("Số chẵn " + bank.marker, "MULTIPLE_RESPONSE", "<p>Số nào là số chẵn?</p>",
                "[{\"id\":\"a\",\"html\":\"2\"},{\"id\":\"b\",\"html\":\"3\"},{\"id\":\"c\",\"html\":\"10\"}]",
                "{\"type\":\"MULTIPLE_RESPONSE\",\"correct\":[\"a\",\"c\"],\"partialCredit\":true}");
        String export = "api/v1/question-categories/" + bank.category + "/qti";

        HttpResponse<byte[]> zip = bank.teacher.sendBytes(bank.teacher.request(export).GET().build());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"so-hoc-" + bank.marker.toLowerCase()).contains(".qti.zip"));
        long copy = bank.newCategory("Bản sao");
        HttpResponse<String> imported = bank.teacher.send(bank.teacher.request("api/v1/question-categories/" + copy + "/qti")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip.body())).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("problems")).isEmpty();

        JsonNode originals = json(bank.teacher.get("api/v1/question-categories/" + bank.category + "/questions"));
        JsonNode copies = json(bank.teacher.get("api/v1/question-categories/" + copy + "/questions"));
        assertThat(copies).hasSize(4);
        for (int i = 0; i < originals.size(); i++) {
            for (String field : List.of("type", "title", "stem", "choices", "targets", "gapChoices", "key", "points", "difficulty", "tags")) {
                assertThat(copies.get(i).get(field)).as(originals.get(i).get("title") + " " + field).isEqualTo(originals.get(i).get(field));
            }
        }

        String answers = """
                "%s":["b"],"%s":["3,5"],"Thủ đô %s":["ha noi"],"Số chẵn %s":["a","b","c"]""".formatted(bank.sumTitle, bank.divisionTitle, bank.marker, bank.marker);
        ApiClient an = ApiClient.signedIn("hs.an");
        assertThat(scoreOf(an, bank.quiz(slotsOf(copies)), answers)).as("the copies score as the originals")
                .isEqualByComparingTo(scoreOf(an, bank.quiz(slotsOf(originals)), answers)).isEqualByComparingTo("3.5"); // half of the multiple response

        assertThat(an.sendBytes(an.request(export).GET().build()).statusCode()).as("a pupil").isEqualTo(403);
        assertThat(bank.teacher.sendBytes(bank.teacher.request("api/v1/question-categories/999999999/qti").GET().build()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aQuizExportsAsATestWithItsQuestionsForItsTeachersOnly() throws IOException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":2},{\"categoryId\":%d,\"count\":1,\"points\":1}]"
                .formatted(bank.sum, bank.category));
        String export = "api/v1/quizzes/" + quiz + "/qti";

        HttpResponse<byte[]> zip = bank.teacher.sendBytes(bank.teacher.request(export).GET().build());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> files = new ArrayList<>();
        String test = "";
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.add(entry.getName());
                String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                test = entry.getName().equals("test.xml") ? content : test;
            }
        }
        assertThat(files).containsExactlyInAnyOrder("imsmanifest.xml", "test.xml", "items/q" + bank.sum + ".xml", "items/q" + bank.division + ".xml");
        assertThat(test).contains("<selection select=\"1\"/>").contains("title=\"Kiểm tra " + bank.marker + "\"");

        assertThat(ApiClient.signedIn("hs.an").sendBytes(ApiClient.signedIn("hs.an").request(export).GET().build()).statusCode())
                .as("a pupil of the class").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.minh").sendBytes(ApiClient.signedIn("gv.minh").request(export).GET().build()).statusCode())
                .as("a teacher of another class").isEqualTo(403);
    }

    @Test
    void questionsPlayOnlyPublishedRepositoryMediaAndPupilsLoadThem() {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan").inLanguage("vi"));
        long published = MaterialFixture.readyMaterialBy(bank.teacher).withPicture().createPublished();
        long draft = MaterialFixture.readyMaterialBy(bank.teacher).withPicture().create();
        long picture = MaterialFixture.firstFileId(bank.teacher, published);

        HttpResponse<String> picked = bank.teacher.get("api/v1/questions/media/" + published);
        assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
        String img = json(picked).get("html").asText();
        assertThat(img).startsWith("<img src=\"/files/" + picture + "/ORIGINAL\"");
        HttpResponse<String> draftPicked = bank.teacher.get("api/v1/questions/media/" + draft);
        assertThat(draftPicked.statusCode()).isEqualTo(400);
        assertThat(json(draftPicked).get("error").asText()).isEqualTo("media_not_published");
        assertThat(json(draftPicked).get("message").asText()).contains("chưa được xuất bản");

        String draftImg = "<img src=\\\"/files/" + MaterialFixture.firstFileId(bank.teacher, draft) + "/ORIGINAL\\\">";
        HttpResponse<String> unpublished = bank.teacher.postJson("api/v1/questions", bank.questionJson("Nháp " + bank.marker, "TRUE_FALSE",
                "<p>Đây là con mèo?</p>" + draftImg, "[]", "{\"type\":\"TRUE_FALSE\",\"correct\":true}", 0));
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(json(unpublished).get("error").asText()).isEqualTo("media_not_published");
        HttpResponse<String> foreign = bank.teacher.postJson("api/v1/questions", bank.questionJson("Ngoài " + bank.marker, "TRUE_FALSE",
                "<p>Đây là con mèo?</p><img src=\\\"https://evil.example/files/1/ORIGINAL\\\">", "[]", "{\"type\":\"TRUE_FALSE\",\"correct\":true}", 0));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(json(foreign).get("error").asText()).isEqualTo("media_not_ours");

        String escaped = img.replace("\"", "\\\"");
        long question = bank.question("Con mèo " + bank.marker, "SINGLE_CHOICE", "<p>Con gì đây?</p>" + escaped,
                "[{\"id\":\"a\",\"html\":\"Con mèo\"},{\"id\":\"b\",\"html\":\"<p>Con chó</p>" + escaped + "\"}]",
                "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"a\"}");
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(question));

        ApiClient an = ApiClient.signedIn("hs.an");
        JsonNode asked = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("questions").get(0);
        assertThat(asked.get("stem").asText()).contains("<img src=\"/files/" + picture + "/ORIGINAL\"");
        assertThat(asked.get("choices").get(1).get("html").asText()).contains("/files/" + picture + "/ORIGINAL");
        HttpResponse<byte[]> loaded = an.sendBytes(an.request("files/" + picture + "/ORIGINAL").GET().build());
        assertThat(loaded.statusCode()).as("the pupil's browser loads the picture").isEqualTo(200);
        assertThat(loaded.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
    }

    @Test
    void aCategoryExportCarriesItsRepositoryPicturesAndTheirReImportSaysTheyWereNotImported() throws IOException {
        Bank bank = Bank.of(ApiClient.signedIn("gv.lan"));
        long published = MaterialFixture.readyMaterialBy(bank.teacher).withPicture().createPublished();
        long picture = MaterialFixture.firstFileId(bank.teacher, published);
        String img = json(bank.teacher.get("api/v1/questions/media/" + published)).get("html").asText().replace("\"", "\\\"");
        long question = bank.question("Con mèo " + bank.marker, "TRUE_FALSE", "<p>Đây là con mèo?</p>" + img, "[]",
                "{\"type\":\"TRUE_FALSE\",\"correct\":true}");

        HttpResponse<byte[]> zip = bank.teacher.sendBytes(bank.teacher.request("api/v1/question-categories/" + bank.category + "/qti").GET().build());

        assertThat(zip.statusCode()).isEqualTo(200);
        java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String media = "media/" + picture + "-ORIGINAL.png";
        assertThat(entries.get(media)).as("the picture's bytes travel in the package")
                .isEqualTo(bank.teacher.sendBytes(bank.teacher.request("files/" + picture + "/ORIGINAL").GET().build()).body());
        assertThat(new String(entries.get("items/q" + question + ".xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("src=\"../" + media + "\"").doesNotContain("/files/");
        assertThat(new String(entries.get("imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8)).contains("<file href=\"" + media + "\"/>");

        HttpResponse<String> imported = bank.teacher.send(bank.teacher.request("api/v1/question-categories/" + bank.newCategory("Bản sao") + "/qti")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip.body())).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(3);
        assertThat(json(imported).get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("code").asText()).isEqualTo("MEDIA_NOT_IMPORTED");
            assertThat(p.get("detail").asText()).isEqualTo(media);
        });
    }

    private static String slotsOf(JsonNode questions) {
        List<String> slots = new ArrayList<>();
        questions.forEach(q -> slots.add("{\"questionId\":" + q.get("id").asLong() + ",\"points\":1}"));
        return "\"slots\":[" + String.join(",", slots) + "]";
    }

    /** The pupil takes the quiz, answering each question by its title, and submits: the score. */
    private static java.math.BigDecimal scoreOf(ApiClient pupil, long quiz, String answersByTitle) throws IOException {
        JsonNode answers = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{" + answersByTitle + "}");
        JsonNode attempt = json(pupil.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));
        long id = attempt.get("id").asLong();
        for (JsonNode q : attempt.get("questions")) {
            HttpResponse<String> saved = pupil.putJson("api/v1/attempts/" + id + "/answers/" + q.get("slot").asInt(),
                    "{\"response\":" + answers.get(q.get("title").asText()) + ",\"baseVersion\":0,\"saveId\":\"s" + q.get("slot") + "\"}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        }
        return json(pupil.postJson("api/v1/attempts/" + id + "/submit", "")).get("score").decimalValue();
    }

    /** gv.lan's bank for one test: a category of Maths grade 3 with a single-choice and a numeric question. */
    static final class Bank {
        final ApiClient teacher;
        final long class3B;
        final String marker = UUID.randomUUID().toString().substring(0, 6);
        final String sumTitle = "Phép cộng " + marker;
        final String divisionTitle = "Phép chia " + marker;
        long category;
        long sum;
        long division;

        private Bank(ApiClient teacher) {
            this.teacher = teacher;
            this.class3B = classNamed(teacher, "3B");
        }

        static Bank of(ApiClient teacher) {
            Bank bank = new Bank(teacher);
            bank.category = bank.newCategory("Số học");
            bank.sum = bank.question(bank.sumTitle, "SINGLE_CHOICE", "2 + 3 = ?",
                    "[{\"id\":\"a\",\"html\":\"4\"},{\"id\":\"b\",\"html\":\"5\"},{\"id\":\"c\",\"html\":\"6\"}]", "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"b\"}");
            bank.division = bank.question(bank.divisionTitle, "NUMERIC", "7 : 2 = ?", "[]", "{\"type\":\"NUMERIC\",\"value\":3.5,\"tolerance\":0}");
            return bank;
        }

        long newCategory(String name) {
            HttpResponse<String> created = teacher.postJson("api/v1/question-categories",
                    "{\"name\":\"" + name + " " + marker + "\",\"subjectCode\":\"TOAN\",\"grade\":3}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json(created).get("id").asLong();
        }

        long question(String title, String type, String stem, String choices, String key) {
            HttpResponse<String> created = teacher.postJson("api/v1/questions", questionJson(title, type, stem, choices, key, 0));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json(created).get("id").asLong();
        }

        String questionJson(String title, String type, String stem, String choices, String key, long version) {
            return """
                    {"categoryId":%d,"title":"%s","type":"%s","stem":"%s","choices":%s,"key":%s,"points":1,"difficulty":2,"tags":["lớp 3"],"version":%d}"""
                    .formatted(category, title, type, stem, choices, key, version);
        }

        String quizJson(String rest) {
            return "{\"title\":\"Kiểm tra " + marker + "\",\"intro\":\"Làm cẩn thận.\",\"subjectCode\":\"TOAN\",\"published\":true," + rest + "}";
        }

        long quiz(String rest) {
            HttpResponse<String> created = teacher.postJson("api/v1/classes/" + class3B + "/quizzes", quizJson(rest));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json(created).get("id").asLong();
        }
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && text.equals(row.getCell(column).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    static int slotTitled(JsonNode attempt, String title) {
        for (JsonNode q : attempt.get("questions")) {
            if (q.get("title").asText().equals(title)) {
                return q.get("slot").asInt();
            }
        }
        throw new AssertionError("no question " + title + " in " + attempt);
    }

    static JsonNode pupilNamed(JsonNode results, String username, ApiClient pupil) {
        long id = json(pupil.get("api/v1/auth/me")).get("id").asLong();
        for (JsonNode r : results) {
            if (r.get("pupilId").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no results of " + username + " in " + results);
    }

    private static long classNamed(ApiClient teacher, String name) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class " + name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = QuizApiIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
