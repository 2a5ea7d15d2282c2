package vn.hoclieu.bench.quiz;

import vn.hoclieu.bench.common.Session;
import vn.hoclieu.bench.common.Steps;

import java.net.http.HttpResponse;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pupil taking the quiz as the page does: opens the quiz's page a little before (which prepares
 * the attempt), start (or resume) at the agreed second, then one save
 * per question every few seconds, in the attempt's own (shuffled) order, then hand in. About 70 % of
 * the answers are right, drawn from the pupil's own seeded random, so the expected score is known.
 */
final class Taker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Session session;
    private final QuizBank bank;
    private final Random random;
    private final int minGapMillis;
    private final int maxGapMillis;

    Taker(Session session, QuizBank bank, Random random, int minGapMillis, int maxGapMillis) {
        this.session = session;
        this.bank = bank;
        this.random = random;
        this.minGapMillis = minGapMillis;
        this.maxGapMillis = maxGapMillis;
    }

    /**
     * Takes the quiz: opens its page at {@code opensPageAt} (epoch ms; the page prepares the attempt)
     * unless it is negative, starts at {@code startsAt}; the number of right answers sent, or -1
     * when a step failed (counted by {@code steps}).
     */
    int take(Steps steps, long quizId, long opensPageAt, long startsAt) throws InterruptedException {
        try {
            if (opensPageAt >= 0) {
                sleepUntil(opensPageAt);
                steps.time("open quiz page", 200, () -> session.get("app/quiz.xhtml?id=" + quizId));
            }
            sleepUntil(startsAt);
            return take(steps, quizId);
        } catch (Steps.StepFailed e) {
            return -1;
        }
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        Thread.sleep(Math.max(0, epochMillis - System.currentTimeMillis()));
    }

    private int take(Steps steps, long quizId) throws InterruptedException {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> started = steps.time("start", 200, () -> session.postJson("api/v1/quizzes/" + quizId + "/attempts", ""));
            JsonNode attempt = JSON.readTree(started.body());
            String answers = "api/v1/attempts/" + attempt.get("id").asLong() + "/answers/";
            int right = 0;
            for (JsonNode question : attempt.get("questions")) {
                Thread.sleep(minGapMillis + random.nextInt(maxGapMillis - minGapMillis + 1));
                QuizBank.Answers known = bank.answers(question.get("title").asString());
                boolean answerRight = random.nextInt(10) < 7;
                right += answerRight ? 1 : 0;
                String body = "{\"response\":[\"%s\"],\"baseVersion\":%d,\"saveId\":\"%s\"}".formatted(
                        answerRight ? known.right() : known.wrong(), question.get("version").asLong(), Long.toHexString(random.nextLong()));
                int slot = question.get("slot").asInt();
                HttpResponse<String> saved = steps.time("save", 200, () -> session.putJson(answers + slot, body));
                if (!saved.body().contains("\"APPLIED\"")) {
                    throw steps.fail("save", "answered 200 but not APPLIED");
                }
            }
            steps.time("submit", 200, () -> session.postJson("api/v1/attempts/" + attempt.get("id").asLong() + "/submit", ""));
            steps.record("whole attempt", System.nanoTime() - begin);
            return right;
        } catch (Steps.StepFailed e) {
            return -1;
        }
    }
}
