package vn.hoclieu.bench.common;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * What every load bench starts from: its {@code --name value} options (run.sh passes them), the
 * system's address, one HTTP/1.1 client shared by all simulated people (a client each would measure
 * the bench, not the server) and signing the demo people in.
 */
public final class BenchRun {

    /** The demo accounts' and the bench accounts' password. */
    public static final String PASSWORD = "HocLieu2026!";

    private final Map<String, String> options;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private BenchRun(Map<String, String> options) {
        this.options = options;
        String url = text("url");
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    public static BenchRun of(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return new BenchRun(options);
    }

    public String text(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    public String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int number(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    public long seed() {
        return Long.parseLong(options.getOrDefault("seed", "2026"));
    }

    public long payaraPid() {
        return Long.parseLong(text("payara-pid"));
    }

    public URI base() {
        return base;
    }

    public HttpClient client() {
        return client;
    }

    /** A fresh session for a person; fails the bench if they cannot sign in. */
    public Session signedIn(String username) throws Exception {
        Session session = new Session(client, base);
        HttpResponse<String> login = session.login(username, PASSWORD);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + ": " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    public static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
