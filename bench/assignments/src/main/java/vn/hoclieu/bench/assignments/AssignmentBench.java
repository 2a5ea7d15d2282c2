package vn.hoclieu.bench.assignments;

import vn.hoclieu.bench.common.BenchRun;
import vn.hoclieu.bench.common.BenchSchool;
import vn.hoclieu.bench.common.Percentiles;
import vn.hoclieu.bench.common.ProcessUsage;
import vn.hoclieu.bench.common.Session;
import vn.hoclieu.bench.common.Steps;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.hoclieu.bench.common.BenchRun.log;

/**
 * N pupils each sign in, open their class's assignment, upload a 1 MB file and submit, at moments
 * spread evenly at random over a window (2,000 in 10 minutes by default), against a running
 * system. Baseline in the same run: the same number of bytes per upload sent through the
 * repository's raw upload path (tus create + one PATCH, no per-pupil logic) at the same arrival rate.
 */
public final class AssignmentBench {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final BenchRun bench;
    private final Random random;

    private AssignmentBench(BenchRun bench) {
        this.bench = bench;
        this.random = new Random(bench.seed());
    }

    public static void main(String[] args) throws Exception {
        new AssignmentBench(BenchRun.of(args)).run();
    }

    private void run() throws Exception {
        int pupils = bench.number("pupils", 2000);
        int windowSeconds = bench.number("window", 600);
        int fileBytes = bench.number("file-bytes", 1 << 20);
        int baselineUploads = bench.number("baseline", 300);
        long payaraPid = bench.payaraPid();
        double perSecond = (double) pupils / windowSeconds;

        log("seeding %d pupils in classes of %d", pupils, BenchSchool.CLASS_SIZE);
        List<BenchSchool.SchoolClass> classes = BenchSchool.create(bench.text("jdbc"), pupils);
        Session teacher = bench.signedIn(BenchSchool.TEACHER);
        Map<String, Long> assignmentOf = new HashMap<>();
        for (BenchSchool.SchoolClass c : classes) {
            long assignment = createAssignment(teacher, c, fileBytes);
            c.pupils().forEach(p -> assignmentOf.put(p, assignment));
        }
        log("%d assignments created", classes.size());

        log("warming up: 30 raw uploads");
        rawUploads(new Steps(), teacher, 30, 5.0, fileBytes);

        int baselineSeconds = (int) Math.ceil(baselineUploads / perSecond);
        log("baseline: %d raw uploads at %.2f/s (~%d s)", baselineUploads, perSecond, baselineSeconds);
        Steps baseline = new Steps();
        ProcessUsage.Usage baselineUsage;
        try (ProcessUsage usage = new ProcessUsage(payaraPid)) {
            rawUploads(baseline, teacher, baselineUploads, perSecond, fileBytes);
            baselineUsage = usage.finish();
        }

        log("load: %d pupils over %d s (%.2f/s)", pupils, windowSeconds, perSecond);
        Steps ours = new Steps();
        AtomicInteger submitted = new AtomicInteger();
        ProcessUsage.Usage load;
        long loadStart = System.nanoTime();
        try (ProcessUsage usage = new ProcessUsage(payaraPid);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            int i = 0;
            for (Map.Entry<String, Long> pupil : assignmentOf.entrySet()) {
                long at = (long) (random.nextDouble() * windowSeconds * 1000);
                int fileSeed = i++;
                pool.submit(() -> {
                    sleepUntil(loadStart, at);
                    // made when the pupil arrives: 2,000 files held at once would be 2 GB of heap
                    if (submit(ours, pupil.getKey(), pupil.getValue(), pdfLike(fileBytes, fileSeed))) {
                        submitted.incrementAndGet();
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(windowSeconds + 900L, TimeUnit.SECONDS);
            load = usage.finish();
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        int stored = countSubmitted(teacher, classes);
        String report = report(pupils, windowSeconds, fileBytes, baseline, baselineUsage, ours, load, submitted.get(),
                stored, loadSeconds);
        System.out.println(report);
        Files.writeString(Path.of(bench.text("out")), report, StandardCharsets.UTF_8);
    }

    /** One pupil's visit: sign in, open the assignment and their submission, upload, submit. */
    private boolean submit(Steps steps, String username, long assignment, byte[] file) {
        long start = System.nanoTime();
        Session pupil = new Session(bench.client(), bench.base());
        try {
            steps.time("sign in", 200, () -> pupil.login(username, BenchRun.PASSWORD));
            steps.time("open assignment", 200, () -> pupil.get("api/v1/assignments/" + assignment));
            steps.time("open own submission", 200, () -> pupil.get("api/v1/assignments/" + assignment + "/submission"));
            steps.time("upload 1 file", 201, () -> pupil.postBytes("api/v1/assignments/" + assignment
                    + "/submission/files?name=bai-lam.pdf", "application/pdf", file));
            steps.time("submit", 200, () -> pupil.postJson("api/v1/assignments/" + assignment + "/submission/submit", "{}"));
            steps.record("whole visit", System.nanoTime() - start);
            return true;
        } catch (Steps.StepFailed e) {
            return false;
        }
    }

    private void rawUploads(Steps steps, Session teacher, int count, double perSecond, int fileBytes) throws InterruptedException {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long at = (long) (random.nextDouble() * count / perSecond * 1000);
                int fileSeed = -1 - i;
                pool.submit(() -> {
                    sleepUntil(start, at);
                    byte[] file = pdfLike(fileBytes, fileSeed);
                    try {
                        HttpResponse<String> created = steps.time("raw: tus create", 201, () -> teacher.tusCreate(file.length));
                        URI location = teacher.resolve(created.headers().firstValue("Location").orElseThrow());
                        steps.time("raw: tus PATCH 1 file", 204, () -> teacher.tusPatch(location, file));
                    } catch (Steps.StepFailed e) {
                        // counted by steps
                    }
                    return null;
                });
            }
        }
    }

    private long createAssignment(Session teacher, BenchSchool.SchoolClass c, int fileBytes) throws Exception {
        LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
        String body = """
                {"subjectId": %d, "title": "Bài tập đo tải %s", "instructions": "<p>Nộp bài làm dạng PDF.</p>",
                 "opensAt": "%s", "dueAt": "%s", "cutoffAt": "%s", "latePolicy": "ACCEPT_MARK_LATE",
                 "submissionKind": "FILES", "maxFiles": 3, "maxFileBytes": %d, "allowedExtensions": ["pdf"],
                 "scale": "SCORE_10"}""".formatted(c.subjectId(), c.name(), now.minusHours(1), now.plusHours(3),
                now.plusHours(4), Math.max(fileBytes * 2, 2 << 20));
        HttpResponse<String> created = teacher.postJson("api/v1/classes/" + c.id() + "/assignments", body);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating the assignment of " + c.name() + ": " + created.statusCode() + " " + created.body());
        }
        return firstId(created.body());
    }

    /** Submissions the teacher sees as submitted, over all classes: what the server kept. */
    private int countSubmitted(Session teacher, List<BenchSchool.SchoolClass> classes) throws Exception {
        int count = 0;
        HttpResponse<String> list;
        for (BenchSchool.SchoolClass c : classes) {
            list = teacher.get("api/v1/classes/" + c.id() + "/assignments");
            long assignment = firstId(list.body());
            HttpResponse<String> submissions = teacher.get("api/v1/assignments/" + assignment + "/submissions?status=SUBMITTED");
            count += (int) Pattern.compile("\"status\"\\s*:\\s*\"SUBMITTED\"").matcher(submissions.body()).results().count();
        }
        return count;
    }

    private static long firstId(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** A PDF header, distinct bytes per pupil (the blob store would keep equal files once), the PDF trailer. */
    private static byte[] pdfLike(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    private static void sleepUntil(long startNanos, long atMillis) throws InterruptedException {
        long wait = atMillis - (System.nanoTime() - startNanos) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static String report(int pupils, int window, int fileBytes, Steps baseline, ProcessUsage.Usage baselineUsage,
                                 Steps ours, ProcessUsage.Usage load, int submitted, int stored, double loadSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("## bench/assignments — ").append(pupils).append(" pupils, one ").append(fileBytes / 1024)
                .append(" KiB file each, arrivals spread over ").append(window).append(" s\n\n");
        md.append("| step | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (String step : List.of("sign in", "open assignment", "open own submission", "upload 1 file", "submit", "whole visit")) {
            row(md, step, ours.of(step));
        }
        for (String step : List.of("raw: tus create", "raw: tus PATCH 1 file")) {
            row(md, step, baseline.of(step));
        }
        Percentiles upload = ours.of("upload 1 file");
        Percentiles raw = baseline.of("raw: tus PATCH 1 file");
        md.append(String.format(Locale.ROOT, "%nupload of a submission file vs raw tus PATCH of the same size, same arrival rate: "
                + "p50 %.2f×, p95 %.2f×%n", upload.ms(50) / raw.ms(50), upload.ms(95) / raw.ms(95)));
        md.append(String.format(Locale.ROOT, "%nsubmitted (pupils whose every step succeeded): %d of %d; kept as SUBMITTED "
                + "(teacher's lists): %d; throughput %.1f visits/min over %.0f s%n", submitted, pupils, stored,
                submitted / loadSeconds * 60, loadSeconds));
        md.append("\nerrors: ").append(ours.failureCount()).append(" (baseline ").append(baseline.failureCount()).append(")\n");
        ours.failures().forEach((reason, n) -> md.append("* ").append(n.get()).append(" × ").append(reason).append('\n'));
        baseline.failures().forEach((reason, n) -> md.append("* baseline ").append(n.get()).append(" × ").append(reason).append('\n'));
        md.append("\n| Payara | CPU s | mean cores busy | peak RSS MiB | RSS at end MiB |\n|---|---|---|---|---|\n");
        usage(md, "during the load", load);
        usage(md, "during the baseline", baselineUsage);
        return md.toString();
    }

    private static void row(StringBuilder md, String step, Percentiles p) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", step, p.count(), p.ms(50), p.ms(95),
                p.ms(99), p.ms(100)));
    }

    private static void usage(StringBuilder md, String phase, ProcessUsage.Usage u) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %d | %d |%n", phase, u.cpuSeconds(), u.cores(), u.peakRssMib(),
                u.lastRssMib()));
    }
}
