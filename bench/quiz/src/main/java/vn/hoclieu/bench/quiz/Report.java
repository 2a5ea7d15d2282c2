package vn.hoclieu.bench.quiz;

import vn.hoclieu.bench.common.Percentiles;
import vn.hoclieu.bench.common.ProcessUsage;
import vn.hoclieu.bench.common.Steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's Markdown: a summary row per N against the goal, then each N's steps and baseline. */
final class Report {

    private record Size(int n, QuizBench.Phase baseline, QuizBench.Phase load, QuizBench.Check check) {
    }

    private final int pupils;
    private final int questions;
    private final int minGap;
    private final int maxGap;
    private final int prepareSeconds;
    private final List<Size> sizes = new ArrayList<>();
    private Steps signIns;

    Report(int pupils, int questions, int minGap, int maxGap, int prepareSeconds) {
        this.prepareSeconds = prepareSeconds;
        this.pupils = pupils;
        this.questions = questions;
        this.minGap = minGap;
        this.maxGap = maxGap;
    }

    void signIns(Steps steps) {
        this.signIns = steps;
    }

    void size(int n, QuizBench.Phase baseline, QuizBench.Phase load, QuizBench.Check check) {
        sizes.add(new Size(n, baseline, load, check));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(format("## bench/quiz — N pupils start a %d-question quiz at the same second, one save every %d–%d s, then hand in%n%n",
                questions, minGap, maxGap));
        md.append(prepareSeconds > 0
                ? format("Each pupil opened the quiz's page (which prepares the attempt) at a random moment of the %d s before the start.%n%n", prepareSeconds)
                : "Nobody opened the quiz's page before the start: each start drew and wrote the attempt.\n\n");
        md.append("| N | errors | open page p95 ms | start p95 ms | save p50 / p95 ms | submit p95 ms | saves/s | requests/s | Payara cores (mean) | Payara peak RSS MiB | graded as expected | load avg |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Size s : sizes) {
            Steps steps = s.load().steps();
            int requests = steps.of("open quiz page").count() + steps.of("start").count() + steps.of("save").count() + steps.of("submit").count();
            md.append(format("| %d | %d | %.0f | %.0f | %.0f / %.0f | %.0f | %.1f | %.1f | %.2f | %d | %s | %s |%n", s.n(), steps.failureCount(),
                    steps.of("open quiz page").ms(95), steps.of("start").ms(95), steps.of("save").ms(50), steps.of("save").ms(95), steps.of("submit").ms(95),
                    steps.of("save").count() / s.load().seconds(), requests / s.load().seconds(), s.load().usage().cores(),
                    s.load().usage().peakRssMib(), s.check(), s.load().loadAverage()));
        }
        md.append("\nGoal (issue 7): N = 2,000 with no errors and save p95 ≤ 150 ms.\n");
        md.append("\nRatios against the baseline measured just before each N (the same sessions, `GET /api/v1/auth/me` at the same second, then at the same cadence):\n\n");
        md.append("| N | start p95 / baseline p95 at the same second | save p50 / baseline p50 | save p95 / baseline p95 |\n|---|---|---|---|\n");
        for (Size s : sizes) {
            Percentiles start = s.load().steps().of("start");
            Percentiles save = s.load().steps().of("save");
            Percentiles first = s.baseline().steps().of("baseline: at the same second");
            Percentiles cadence = s.baseline().steps().of("baseline: at the save cadence");
            md.append(format("| %d | %.2f× (%.0f / %.0f ms) | %.2f× (%.0f / %.0f ms) | %.2f× (%.0f / %.0f ms) |%n", s.n(),
                    start.ms(95) / first.ms(95), start.ms(95), first.ms(95), save.ms(50) / cadence.ms(50), save.ms(50), cadence.ms(50),
                    save.ms(95) / cadence.ms(95), save.ms(95), cadence.ms(95)));
        }
        for (Size s : sizes) {
            md.append(format("%n### N = %d (%.0f s)%n%n| step | n | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n",
                    s.n(), s.load().seconds()));
            for (String step : List.of("open quiz page", "start", "save", "submit", "whole attempt")) {
                row(md, step, s.load().steps().of(step));
            }
            for (String step : List.of("baseline: at the same second", "baseline: at the save cadence")) {
                row(md, step, s.baseline().steps().of(step));
            }
            failures(md, "", s.load().steps());
            failures(md, "baseline ", s.baseline().steps());
            md.append(format("%n| Payara | CPU s | mean cores busy | peak RSS MiB | RSS at end MiB |%n|---|---|---|---|---|%n"));
            usage(md, "during the quiz", s.load().usage());
            usage(md, "during the baseline", s.baseline().usage());
        }
        md.append(format("%nSigning the %d pupils in beforehand (not part of the phases above):%n%n| step | n | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n", pupils));
        row(md, "sign in", signIns.of("sign in"));
        return md.toString();
    }

    private static void failures(StringBuilder md, String prefix, Steps steps) {
        steps.failures().forEach((reason, n) -> md.append(format("* %s%d × %s%n", prefix, n.get(), reason)));
    }

    private static void row(StringBuilder md, String step, Percentiles p) {
        md.append(format("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", step, p.count(), p.ms(50), p.ms(95), p.ms(99), p.ms(100)));
    }

    private static void usage(StringBuilder md, String phase, ProcessUsage.Usage u) {
        md.append(format("| %s | %.0f | %.2f | %d | %d |%n", phase, u.cpuSeconds(), u.cores(), u.peakRssMib(), u.lastRssMib()));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
