package vn.hoclieu.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack runs and which of its parts are ours to start. Read from the environment
 * (see README, "Configuration"); an external database or search cluster replaces the embedded one.
 *
 * @param root        the project checkout (holding the built modules)
 * @param varDir      all data: var/db, var/es, var/payara, var/logs
 * @param httpPort    the web application's port
 * @param dbPort      the embedded MariaDB's port (unused with an external database)
 * @param esPort      the dev Elasticsearch node's HTTP port (unused with an external cluster)
 * @param externalDb  an external database to use instead of the embedded one
 * @param externalEs  an external Elasticsearch URL to use instead of the dev node
 * @param seedDemo    whether the application seeds the demo school on first start
 * @param applicationProperties more MicroProfile Config properties for the web application (the
 *                    system tests point its mail at their SMTP server); none for {@code ./hoclieu run}
 */
public record StackSettings(Path root, Path varDir, int httpPort, int dbPort, int esPort,
                            Optional<Database> externalDb, Optional<String> externalEs, boolean seedDemo,
                            String databaseName, Map<String, String> applicationProperties) {

    /** Credentials of the application's own database account. */
    public record Database(String url, String user, String password) {
    }

    public static final String DEFAULT_DB_USER = "hoclieu";
    public static final String DEFAULT_DB_PASSWORD = "hoclieu";

    public static StackSettings fromEnvironment(Path root, Map<String, String> env) {
        Optional<Database> db = Optional.ofNullable(blankToNull(env.get("HOCLIEU_DB_URL")))
                .map(url -> new Database(url, env.getOrDefault("HOCLIEU_DB_USER", DEFAULT_DB_USER),
                        env.getOrDefault("HOCLIEU_DB_PASSWORD", DEFAULT_DB_PASSWORD)));
        return new StackSettings(root,
                root.resolve(env.getOrDefault("HOCLIEU_VAR", "var")).toAbsolutePath().normalize(),
                port(env, "HOCLIEU_HTTP_PORT", 8080),
                port(env, "HOCLIEU_DB_PORT", 3307),
                port(env, "HOCLIEU_ES_PORT", 9200),
                db,
                Optional.ofNullable(blankToNull(env.get("HOCLIEU_ES_URL"))),
                !"false".equalsIgnoreCase(env.getOrDefault("HOCLIEU_SEED_DEMO", "true")),
                "hoclieu", Map.of());
    }

    public Database database() {
        return externalDb.orElseGet(() -> new Database(
                "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + databaseName, DEFAULT_DB_USER, DEFAULT_DB_PASSWORD));
    }

    public String elasticsearchUrl() {
        return externalEs.orElse("http://127.0.0.1:" + esPort);
    }

    public String appUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1–65535), was: " + value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
