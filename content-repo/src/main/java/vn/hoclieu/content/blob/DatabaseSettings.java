package vn.hoclieu.content.blob;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the check command finds the database: each setting from a system property, else the
 * environment variable, else the development default (docs/CONVENTIONS.md).
 */
record DatabaseSettings(String url, String user, String password) {

    static DatabaseSettings from(UnaryOperator<String> systemProperties, Map<String, String> environment) {
        return new DatabaseSettings(
                setting(systemProperties, environment, "hoclieu.db.url", "HOCLIEU_DB_URL", "jdbc:mariadb://127.0.0.1:3307/hoclieu"),
                setting(systemProperties, environment, "hoclieu.db.user", "HOCLIEU_DB_USER", "hoclieu"),
                setting(systemProperties, environment, "hoclieu.db.password", "HOCLIEU_DB_PASSWORD", "hoclieu"));
    }

    private static String setting(UnaryOperator<String> systemProperties, Map<String, String> environment,
                                  String property, String variable, String fallback) {
        String value = systemProperties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        // printed by the command: never the password
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
