package vn.hoclieu.bench.quiz;

import vn.hoclieu.bench.common.BenchRun;
import vn.hoclieu.bench.common.BenchSchool;
import vn.hoclieu.bench.common.ProcessUsage;
import vn.hoclieu.bench.common.Session;
import vn.hoclieu.bench.common.Steps;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static vn.hoclieu.bench.common.BenchRun.log;

/**
 * For each N (500, 1,000, 2,000 by default): N pupils, already signed in, open the quiz's page over
 * the minute before (the page prepares their attempt), start a 20-question quiz at the same second and save an answer every 5–20 s until they hand in; afterwards the teacher's
 * results are checked against the answers sent. Baseline in the same run, just before each N: the
 * same N sessions send the lightest authenticated request ({@code GET /api/v1/auth/me}) all at one
 * second and then at the same cadence, so a ratio says what the quiz adds to the server's floor.
 */
public final class QuizBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BenchRun bench;
    private final long seed;
    private final int minGapMillis;
    private final int maxGapMillis;
    /** Pupils open the quiz's page (which prepares the attempt) over this time before the start; 0: they do not, the start prepares. */
    private final int prepareMillis;

    private QuizBench(BenchRun bench) {
        this.bench = bench;
        this.seed = bench.seed();
        this.minGapMillis = 1000 * bench.number("min-gap", 5);
        this.maxGapMillis = 1000 * bench.number("max-gap", 20);
        this.prepareMillis = 1000 * bench.number("prepare-seconds", 60);
    }

    public static void main(String[] args) throws Exception {
        new QuizBench(BenchRun.of(args)).run();
    }

    private void run() throws Exception {
        int[] sizes = Arrays.stream(bench.text("sizes", "500,1000,2000").split(",")).mapToInt(Integer::parseInt).toArray();
        int most = Arrays.stream(sizes).max().orElseThrow();
        long payaraPid = bench.payaraPid();

        log("seeding %d pupils in classes of %d", most, BenchSchool.CLASS_SIZE);
        List<BenchSchool.SchoolClass> classes = BenchSchool.create(bench.text("jdbc"), most);
        Session teacher = bench.signedIn(BenchSchool.TEACHER);
        QuizBank bank = QuizBank.create(teacher);
        Report report = new Report(most, QuizBank.QUESTIONS, minGapMillis / 1000, maxGapMillis / 1000, prepareMillis / 1000);

        log("signing %d pupils in (before the measured phases; ~0.3 s of a core each)", most);
        Steps signIns = new Steps();
        Map<String, Session> sessions = signIn(signIns, classes);
        report.signIns(signIns);

        log("warming up: the first class takes a quiz without pauses");
        Map<String, Long> warmQuiz = quizzes(teacher, bank, classes, BenchSchool.CLASS_SIZE, "khởi động");
        takeAll(new Steps(), sessions, bank, warmQuiz, 0, 0, Math.min(prepareMillis, 5000), 1);

        for (int n : sizes) {
            Map<String, Long> quizOf = quizzes(teacher, bank, classes, n, "N = " + n);
            log("N = %d: baseline", n);
            Phase baseline = baseline(payaraPid, sessions, n);
            log("N = %d: %d pupils start at the same second", n, n);
            Steps steps = new Steps();
            Map<String, Integer> expected = new ConcurrentHashMap<>();
            Phase load = phase(payaraPid, steps, () -> expected.putAll(takeAll(steps, sessions, bank, quizOf, minGapMillis, maxGapMillis, prepareMillis, n)));
            Check check = check(teacher, quizOf, expected);
            report.size(n, baseline, load, check);
            log("N = %d: %d errors; %s", n, steps.failureCount(), check);
        }
        String markdown = report.markdown();
        System.out.println(markdown);
        Files.writeString(Path.of(bench.text("out")), markdown, StandardCharsets.UTF_8);
    }

    record Phase(Steps steps, ProcessUsage.Usage usage, double seconds, String loadAverage) {
    }

    /** The teacher's results against the answers sent: attempts graded with the expected score. */
    record Check(int expected, int graded, int asExpected) {
        @Override
        public String toString() {
            return "%d of %d attempts graded, %d with the expected score".formatted(graded, expected, asExpected);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static Phase phase(long payaraPid, Steps steps, Work work) throws Exception {
        long start = System.nanoTime();
        try (ProcessUsage usage = new ProcessUsage(payaraPid)) {
            work.run();
            return new Phase(steps, usage.finish(), (System.nanoTime() - start) / 1e9, loadAverage());
        }
    }

    private Map<String, Session> signIn(Steps steps, List<BenchSchool.SchoolClass> classes) throws InterruptedException {
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(bench.number("sign-in-concurrency", 8));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (BenchSchool.SchoolClass c : classes) {
                for (String pupil : c.pupils()) {
                    pool.submit(() -> {
                        inFlight.acquire();
                        try {
                            Session session = new Session(bench.client(), bench.base());
                            steps.time("sign in", 200, () -> session.login(pupil, BenchRun.PASSWORD));
                            sessions.put(pupil, session);
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    });
                }
            }
        }
        if (sessions.size() < classes.stream().mapToInt(c -> c.pupils().size()).sum()) {
            throw new IllegalStateException("sign-in failed for some pupils: " + steps.failures());
        }
        return sessions;
    }

    /** One published quiz of the bank's 20 questions per class holding any of the first {@code n} pupils; pupil → quiz. */
    private Map<String, Long> quizzes(Session teacher, QuizBank bank, List<BenchSchool.SchoolClass> classes, int n, String label)
            throws Exception {
        StringBuilder slots = new StringBuilder();
        for (long question : bank.questionIds()) {
            slots.append(slots.isEmpty() ? "" : ",").append("{\"questionId\":").append(question).append(",\"points\":1}");
        }
        String body = """
                {"title":"Kiểm tra 15 phút (%s)","intro":"Đo tải","subjectCode":"TOAN","timeLimitMinutes":45,"attemptsAllowed":1,
                 "gradingMethod":"HIGHEST","shuffleQuestions":true,"shuffleOptions":true,"published":true,"slots":[%s]}"""
                .formatted(label, slots);
        Map<String, Long> quizOf = new LinkedHashMap<>();
        for (BenchSchool.SchoolClass c : classes) {
            List<String> taking = c.pupils().stream().filter(p -> index(p) < n).toList();
            if (!taking.isEmpty()) {
                long quiz = QuizBank.id(teacher.postJson("api/v1/classes/" + c.id() + "/quizzes", body));
                taking.forEach(p -> quizOf.put(p, quiz));
            }
        }
        return quizOf;
    }

    /**
     * Every pupil of {@code quizOf} opens the quiz's page at a random moment of the {@code prepare}
     * ms before the start (none if 0) and takes their quiz, all starting at one second; pupil → right answers sent.
     */
    private Map<String, Integer> takeAll(Steps steps, Map<String, Session> sessions, QuizBank bank, Map<String, Long> quizOf,
                                         int minGap, int maxGap, int prepare, int salt) throws InterruptedException {
        Map<String, Integer> right = new ConcurrentHashMap<>();
        long startAt = System.currentTimeMillis() + 3000 + quizOf.size() + prepare; // every thread waiting before the second
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            quizOf.forEach((pupil, quiz) -> pool.submit(() -> {
                Random random = new Random(seed * 7919 + salt * 100_003L + index(pupil));
                long opensPage = prepare == 0 ? -1 : startAt - prepare + random.nextInt(Math.max(1, prepare - 2000));
                int sent = new Taker(sessions.get(pupil), bank, random, minGap, maxGap).take(steps, quiz, opensPage, startAt);
                if (sent >= 0) {
                    right.put(pupil, sent);
                }
                return null;
            }));
        }
        return right;
    }

    /** The same sessions, the same start and cadence, the lightest authenticated request. */
    private Phase baseline(long payaraPid, Map<String, Session> sessions, int n) throws Exception {
        Steps steps = new Steps();
        int seconds = bench.number("baseline-seconds", 120);
        return phase(payaraPid, steps, () -> {
            long startAt = System.currentTimeMillis() + 3000 + n;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                sessions.entrySet().stream().filter(e -> index(e.getKey()) < n).forEach(e -> pool.submit(() -> {
                    Random random = new Random(seed + index(e.getKey()));
                    Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
                    long end = System.currentTimeMillis() + seconds * 1000L;
                    try {
                        steps.time("baseline: at the same second", 200, () -> e.getValue().get("api/v1/auth/me"));
                        while (System.currentTimeMillis() < end) {
                            Thread.sleep(minGapMillis + random.nextInt(maxGapMillis - minGapMillis + 1));
                            steps.time("baseline: at the save cadence", 200, () -> e.getValue().get("api/v1/auth/me"));
                        }
                    } catch (Steps.StepFailed failed) {
                        // counted by steps
                    }
                    return null;
                }));
            }
        });
    }

    private Check check(Session teacher, Map<String, Long> quizOf, Map<String, Integer> expected) throws Exception {
        int graded = 0;
        int asExpected = 0;
        for (long quiz : quizOf.values().stream().distinct().toList()) {
            HttpResponse<String> results = teacher.get("api/v1/quizzes/" + quiz + "/results");
            for (JsonNode pupil : JSON.readTree(results.body())) {
                JsonNode attempts = pupil.get("attempts");
                if (attempts.isEmpty() || attempts.get(0).get("score").isNull()) {
                    continue;
                }
                graded++;
                String username = "hs.bench" + pupil.get("name").asString().replaceAll("\\D", "");
                Integer right = expected.get(username);
                if (right != null && attempts.get(0).get("score").decimalValue().intValue() == right) {
                    asExpected++;
                }
            }
        }
        return new Check(quizOf.size(), graded, asExpected);
    }

    private static int index(String pupil) {
        return Integer.parseInt(pupil.substring("hs.bench".length()));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[1]; // the 5-minute one
        } catch (Exception e) {
            return "?";
        }
    }
}
