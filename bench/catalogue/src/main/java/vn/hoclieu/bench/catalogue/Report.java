package vn.hoclieu.bench.catalogue;

import vn.hoclieu.bench.common.Percentiles;
import vn.hoclieu.bench.common.ProcessUsage;
import vn.hoclieu.bench.common.Steps;

import java.util.List;
import java.util.Locale;

/** The bench's Markdown: bytes per page against the goals, each file, then the visitors' latencies. */
record Report(BrowserWeight.Visit catalogueFirst, BrowserWeight.Visit catalogueWarm, BrowserWeight.Visit playerFirst, BrowserWeight.Visit playerWarm,
              int visitors, int window, Steps load, ProcessUsage.Usage loadUsage, Steps baseline, ProcessUsage.Usage baselineUsage) {

    private static final long FIRST_GOAL = 350 * 1024;
    private static final long WARM_GOAL = 60 * 1024;

    String markdown() {
        StringBuilder md = new StringBuilder("## bench/catalogue\n\n### Bytes over the wire (headless Chromium, 360×740, its network log)\n\n");
        md.append("| page | first visit | goal | warm cache | goal | responses first / warm (from the network) |\n|---|---|---|---|---|---|\n");
        weight(md, "public catalogue `/courses.xhtml`", catalogueFirst, catalogueWarm);
        weight(md, "course player `/app/course-player.xhtml` (signed in)", playerFirst, playerWarm);
        files(md, "catalogue, first visit", catalogueFirst);
        files(md, "catalogue, warm cache", catalogueWarm);
        files(md, "player, first visit", playerFirst);
        files(md, "player, warm cache", playerWarm);
        md.append(f("%n### %d anonymous visitors arriving at random over %d s%n%n", visitors, window));
        md.append("Each opens the catalogue and fetches its files (a first visit), then 1–3 s later searches, then 1–3 s later opens a course page.\n");
        md.append("Baseline, before: the same arrivals and pauses, three times the stylesheet (a static file: the server's floor).\n\n");
        md.append("| step | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (String step : List.of("catalogue page", "the page's files (each)", "search", "course page")) {
            md.append("| ").append(step).append(' ').append(CatalogueBench.ms(load.of(step))).append('\n');
        }
        md.append("| baseline: static file ").append(CatalogueBench.ms(baseline.of("baseline: static file"))).append('\n');
        Percentiles floor = baseline.of("baseline: static file");
        md.append(f("%np95 against the baseline's p95: catalogue %.2f×, search %.2f×, course page %.2f×%n",
                load.of("catalogue page").ms(95) / floor.ms(95), load.of("search").ms(95) / floor.ms(95),
                load.of("course page").ms(95) / floor.ms(95)));
        md.append(f("%nerrors: %d (baseline %d)%n", load.failureCount(), baseline.failureCount()));
        load.failures().forEach((reason, n) -> md.append(f("* %d × %s%n", n.get(), reason)));
        baseline.failures().forEach((reason, n) -> md.append(f("* baseline %d × %s%n", n.get(), reason)));
        md.append("\n| Payara | CPU s | mean cores busy | peak RSS MiB | RSS at end MiB |\n|---|---|---|---|---|\n");
        usage(md, "during the visitors", loadUsage);
        usage(md, "during the baseline", baselineUsage);
        return md.toString();
    }

    private static void weight(StringBuilder md, String page, BrowserWeight.Visit first, BrowserWeight.Visit warm) {
        md.append(f("| %s | %s | %s | %s | %s | %d / %d |%n", page, kb(first.bytes()), first.bytes() <= FIRST_GOAL ? "≤ 350 KB ✓" : "≤ 350 KB ✗",
                kb(warm.bytes()), warm.bytes() <= WARM_GOAL ? "≤ 60 KB ✓" : "≤ 60 KB ✗", first.fromNetwork(), warm.fromNetwork()));
    }

    private static void files(StringBuilder md, String title, BrowserWeight.Visit visit) {
        md.append(f("%n<details><summary>%s: every response</summary>%n%n| bytes | status | path |%n|---|---|---|%n", title));
        for (BrowserWeight.Response response : visit.responses()) {
            java.net.URI uri = java.net.URI.create(response.url());
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            md.append(f("| %d | %d | `%s` |%n", response.bytes(), response.status(), path.length() > 90 ? path.substring(0, 90) + "…" : path));
        }
        md.append("\n</details>\n");
    }

    private static void usage(StringBuilder md, String phase, ProcessUsage.Usage u) {
        md.append(f("| %s | %.0f | %.2f | %d | %d |%n", phase, u.cpuSeconds(), u.cores(), u.peakRssMib(), u.lastRssMib()));
    }

    private static String kb(long bytes) {
        return f("%.1f KB", bytes / 1024.0);
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
