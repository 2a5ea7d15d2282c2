package vn.hoclieu.bench.catalogue;

import vn.hoclieu.bench.common.BenchRun;
import vn.hoclieu.bench.common.Percentiles;
import vn.hoclieu.bench.common.ProcessUsage;
import vn.hoclieu.bench.common.Session;
import vn.hoclieu.bench.common.Steps;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static vn.hoclieu.bench.common.BenchRun.log;

/**
 * Issue 8's measures: the bytes over the wire of the public catalogue page and of the course
 * player, first visit and warm cache (goal ≤ 350 KB / ≤ 60 KB), and {@code visitors} anonymous
 * visitors arriving at random over a window, each opening the catalogue with its files, a search
 * and a course page: p95 and errors. Baseline in the same run: the same arrivals and pauses asking
 * for one static file (the stylesheet), the server's floor.
 */
public final class CatalogueBench {

    private final BenchRun bench;
    private final URI base;
    private final Random random;

    private CatalogueBench(BenchRun bench) {
        this.bench = bench;
        this.base = bench.base();
        this.random = new Random(bench.seed());
    }

    public static void main(String[] args) throws Exception {
        new CatalogueBench(BenchRun.of(args)).run();
    }

    private void run() throws Exception {
        int visitors = bench.number("visitors", 1000);
        int window = bench.number("window", 300);
        long payaraPid = bench.payaraPid();

        log("publishing %d open courses (author gv.lan, reviewers td.thu and td.hoa)", bench.number("courses", 24));
        List<CourseShelf.Course> courses = CourseShelf.publish(bench.signedIn("gv.lan"),
                List.of(bench.signedIn("td.thu"), bench.signedIn("td.hoa")), bench.number("courses", 24));
        Session learner = bench.signedIn("hv.tam");
        CourseShelf.Course taken = courses.getFirst();
        expect(learner.postJson("api/v1/courses/" + taken.id() + "/enrolment", ""), 200, 201);

        URI catalogue = base.resolve("courses.xhtml");
        URI player = base.resolve("app/course-player.xhtml?course=" + taken.id());
        fetch(catalogue); // the first rendering of a view compiles it; a district's server has done that long ago
        BrowserWeight.Visit catalogueFirst;
        BrowserWeight.Visit catalogueWarm;
        BrowserWeight.Visit playerFirst;
        BrowserWeight.Visit playerWarm;
        try (BrowserWeight anonymousBrowser = new BrowserWeight()) {
            catalogueFirst = anonymousBrowser.visit(catalogue);
            catalogueWarm = anonymousBrowser.visit(catalogue);
        }
        try (BrowserWeight learnerBrowser = new BrowserWeight()) {
            learnerBrowser.signIn(base, "hv.tam", BenchRun.PASSWORD);
            playerFirst = learnerBrowser.visit(player);
            playerWarm = learnerBrowser.visit(player);
        }
        log("catalogue %d / %d bytes, player %d / %d bytes (first / warm)", catalogueFirst.bytes(), catalogueWarm.bytes(),
                playerFirst.bytes(), playerWarm.bytes());

        // what a first visit asks for besides the page, as Chromium asked for it (only what answered 200)
        List<URI> files = catalogueFirst.responses().stream().filter(r -> r.status() == 200).map(r -> URI.create(r.url()))
                .filter(u -> !u.getPath().endsWith("courses.xhtml")).distinct().toList();
        URI stylesheet = files.stream().filter(u -> u.getPath().contains("hoclieu.css")).findFirst().orElse(files.getFirst());
        log("baseline: %d visitors over %d s asking for %s", visitors, window, stylesheet.getPath());
        Steps baseline = new Steps();
        ProcessUsage.Usage baselineUsage = visit(payaraPid, visitors, window, (steps, r) -> {
            for (int page = 0; page < 3; page++) {
                steps.time("baseline: static file", 200, () -> fetch(stylesheet));
                Thread.sleep(1000 + r.nextInt(2000));
            }
        }, baseline);

        log("load: %d anonymous visitors over %d s", visitors, window);
        Steps load = new Steps();
        ProcessUsage.Usage loadUsage = visit(payaraPid, visitors, window, (steps, r) -> {
            steps.time("catalogue page", 200, () -> fetch(catalogue));
            for (URI file : files) { // a first visit: the page's files too
                steps.time("the page's files (each)", 200, () -> fetch(file));
            }
            Thread.sleep(1000 + r.nextInt(2000));
            steps.time("search", 200, () -> fetch(base.resolve("courses.xhtml?q=to%C3%A1n+vui&subject=TOAN&audience=PUBLIC")));
            Thread.sleep(1000 + r.nextInt(2000));
            long course = courses.get(r.nextInt(courses.size())).id();
            steps.time("course page", 200, () -> fetch(base.resolve("course.xhtml?id=" + course)));
        }, load);

        String report = new Report(catalogueFirst, catalogueWarm, playerFirst, playerWarm, visitors, window, load, loadUsage, baseline,
                baselineUsage).markdown();
        System.out.println(report);
        Files.writeString(Path.of(bench.text("out")), report, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(Steps steps, Random random) throws Exception;
    }

    private ProcessUsage.Usage visit(long payaraPid, int visitors, int window, Visitor visitor, Steps steps) throws Exception {
        try (ProcessUsage usage = new ProcessUsage(payaraPid)) {
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < visitors; i++) {
                    long at = (long) (random.nextDouble() * window * 1000);
                    Random own = new Random(random.nextLong());
                    pool.submit(() -> {
                        long wait = at - (System.nanoTime() - start) / 1_000_000;
                        if (wait > 0) {
                            Thread.sleep(wait);
                        }
                        try {
                            visitor.visit(steps, own);
                        } catch (Steps.StepFailed failed) {
                            // counted by steps
                        }
                        return null;
                    });
                }
            }
            return usage.finish();
        }
    }

    /** An anonymous GET asking for gzip, as a browser would; the body is read (and dropped) as bytes. */
    private HttpResponse<byte[]> fetch(URI uri) throws Exception {
        return bench.client().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Accept-Encoding", "gzip")
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
    }

    static String ms(Percentiles p) {
        return String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f |", p.count(), p.ms(50), p.ms(95), p.ms(99), p.ms(100));
    }
}
