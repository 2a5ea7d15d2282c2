package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;
import static vn.hoclieu.launcher.system.QuizApiIT.pupilNamed;
import static vn.hoclieu.launcher.system.QuizApiIT.slotTitled;

/**
 * Issue 7, a whole district starting at the same second: the pupil's attempt is prepared when they
 * open the quiz (its questions drawn, its answer rows written), and "start" only starts its clock.
 * A prepared attempt is nobody's business but the start's: it is no attempt, shows no question,
 * does not lock the quiz against edits, and the server never hands it in.
 */
class PreparedAttemptApiIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void openingTheQuizPagePreparesTheAttemptThatTheStartThenStarts() throws InterruptedException {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"timeLimitMinutes\":45,\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");

        assertThat(an.get("app/quiz.xhtml?id=" + quiz).statusCode()).isEqualTo(200);
        Instant afterThePage = Instant.now();
        Thread.sleep(1_100);
        JsonNode prepared = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", ""));
        JsonNode started = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));

        assertThat(prepared.get("state").asText()).isEqualTo("PREPARED");
        assertThat(Instant.parse(prepared.get("preparedAt").asText())).as("prepared by the page, not by this call").isBefore(afterThePage);
        assertThat(started.get("id").asLong()).as("the prepared attempt started").isEqualTo(prepared.get("attemptId").asLong());
        assertThat(started.get("number").asInt()).isEqualTo(1);
        assertThat(started.get("remainingSeconds").asLong()).as("the clock runs from the start").isBetween(44 * 60L, 45 * 60L);
    }

    @Test
    void preparingAgainGivesTheSameAttempt() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");

        HttpResponse<String> first = an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");
        HttpResponse<String> second = an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(second).get("attemptId").asLong()).isEqualTo(json(first).get("attemptId").asLong());
        assertThat(json(second).get("preparedAt").asText()).isEqualTo(json(first).get("preparedAt").asText());
    }

    @Test
    void aPreparedAttemptShowsNoQuestionAndTakesNoAnswerBeforeItsStart() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        String attempt = "api/v1/attempts/" + json(an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "")).get("attemptId").asLong();

        assertThat(an.get(attempt).statusCode()).isEqualTo(404);
        assertThat(an.get(attempt + "/review").statusCode()).isEqualTo(404);
        assertThat(an.putJson(attempt + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"early\"}").statusCode()).isEqualTo(404);
        assertThat(an.postJson(attempt + "/submit", "").statusCode()).isEqualTo(404);
        assertThat(bank.teacher.get(attempt + "/review").statusCode()).as("not even to the teacher").isEqualTo(404);
    }

    @Test
    void aPreparedAttemptUsesUpNoAttempt() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"attemptsAllowed\":1,\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");

        HttpResponse<String> started = an.postJson("api/v1/quizzes/" + quiz + "/attempts", "");
        an.postJson("api/v1/attempts/" + json(started).get("id").asLong() + "/submit", "");
        HttpResponse<String> afterTheOnlyAttempt = an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(afterTheOnlyAttempt.statusCode()).isEqualTo(409);
        assertThat(json(afterTheOnlyAttempt).get("error").asText()).isEqualTo("no_attempts_left");
    }

    @Test
    void aPreparedAttemptIsNeitherInTheResultsNorInTheStatistics() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");

        JsonNode mine = pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + quiz + "/results")), "hs.an", an);
        JsonNode statistics = json(bank.teacher.get("api/v1/quizzes/" + quiz + "/statistics"));

        assertThat(mine.get("attempts")).isEmpty();
        assertThat(mine.hasNonNull("grade")).isFalse();
        assertThat(statistics.findValues("answers")).allSatisfy(n -> assertThat(n.asInt()).isZero());
        assertThat(an.get("app/quiz.xhtml?id=" + quiz).body()).as("the pupil's page lists no attempt").doesNotContain("my-attempts");
    }

    @Test
    void theTeacherStillChangesTheQuestionsAndNobodyStartsOnTheOldOnes() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        long prepared = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "")).get("attemptId").asLong();

        HttpResponse<String> edited = bank.teacher.putJson("api/v1/quizzes/" + quiz, bank.quizJson("\"slots\":[{\"questionId\":%d,\"points\":1}]"
                .formatted(bank.division)));
        JsonNode started = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", ""));

        assertThat(edited.statusCode()).as("not locked as attempted: " + edited.body()).isEqualTo(200);
        assertThat(started.get("id").asLong()).as("the prepared attempt was discarded").isNotEqualTo(prepared);
        assertThat(started.get("questions")).hasSize(1);
        assertThat(slotTitled(started, bank.divisionTitle)).isEqualTo(1);
    }

    @Test
    void aPupilWhoOpensTheQuizShortlyBeforeItOpensIsPreparedButCannotStartYet() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        LocalDateTime opens = LocalDateTime.now(VIETNAM).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        long quiz = bank.quiz("\"opensAt\":\"%s\",\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(opens, bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");

        HttpResponse<String> prepared = an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");
        HttpResponse<String> started = an.postJson("api/v1/quizzes/" + quiz + "/attempts", "");

        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(200);
        assertThat(json(prepared).get("state").asText()).isEqualTo("PREPARED");
        assertThat(started.statusCode()).isEqualTo(409);
        assertThat(json(started).get("error").asText()).isEqualTo("not_open");
        assertThat(json(started).get("message").asText()).isNotBlank();
    }

    @Test
    void nothingIsPreparedHoursBeforeTheQuizOpens() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        LocalDateTime opens = LocalDateTime.now(VIETNAM).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        long quiz = bank.quiz("\"opensAt\":\"%s\",\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(opens, bank.sum));

        HttpResponse<String> prepared = ApiClient.signedIn("hs.an").postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", "");

        assertThat(prepared.statusCode()).isEqualTo(409);
        assertThat(json(prepared).get("error").asText()).isEqualTo("not_open");
    }

    @Test
    void aPupilWithAnAttemptInProgressIsToldToResumeIt() {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long quiz = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        long started = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts", "")).get("id").asLong();

        JsonNode prepared = json(an.postJson("api/v1/quizzes/" + quiz + "/attempts/prepared", ""));

        assertThat(prepared.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(prepared.get("attemptId").asLong()).isEqualTo(started);
    }

    @Test
    void theServerHandsInStartedAttemptsAtTheEndButLeavesAPreparedOneReadyToStart() throws InterruptedException {
        QuizApiIT.Bank bank = QuizApiIT.Bank.of(ApiClient.signedIn("gv.lan"));
        long closingSoon = bank.quiz("\"closesAt\":\"%s\",\"slots\":[{\"questionId\":%d,\"points\":1}]"
                .formatted(LocalDateTime.now(VIETNAM).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS), bank.sum));
        long later = bank.quiz("\"slots\":[{\"questionId\":%d,\"points\":1}]".formatted(bank.sum));
        ApiClient an = ApiClient.signedIn("hs.an");
        an.postJson("api/v1/quizzes/" + closingSoon + "/attempts", "");
        long prepared = json(an.postJson("api/v1/quizzes/" + later + "/attempts/prepared", "")).get("attemptId").asLong();

        JsonNode handedIn = null;
        for (int i = 0; i < 60 && (handedIn == null || !handedIn.hasNonNull("submittedBy")); i++) {
            Thread.sleep(2_000);
            handedIn = pupilNamed(json(bank.teacher.get("api/v1/quizzes/" + closingSoon + "/results")), "hs.an", an).get("attempts").get(0);
        }
        JsonNode started = json(an.postJson("api/v1/quizzes/" + later + "/attempts", ""));
        HttpResponse<String> saved = an.putJson("api/v1/attempts/" + prepared + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"after-the-sweep\"}");

        assertThat(handedIn.get("submittedBy").asText()).as("the sweep ran").isEqualTo("SERVER");
        assertThat(started.get("id").asLong()).isEqualTo(prepared);
        assertThat(saved.statusCode()).as("not handed in by the sweep: " + saved.body()).isEqualTo(200);
    }
}
