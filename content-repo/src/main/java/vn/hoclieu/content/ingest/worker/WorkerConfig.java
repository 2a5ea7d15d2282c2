package vn.hoclieu.content.ingest.worker;

import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A worker's settings, each from a system property, else the matching environment variable, else
 * the development default (see docs/CONVENTIONS.md). {@code tasksPerChild}: how many files one
 * isolated child JVM ingests before a fresh one replaces it.
 */
public record WorkerConfig(String dbUrl, String dbUser, String dbPassword, String workerId, String blobsDir,
                           int tasksPerChild) {

    static final String DEFAULT_DB_URL = "jdbc:mariadb://127.0.0.1:3307/hoclieu";
    static final String DEFAULT_DB_USER = "hoclieu";
    static final String DEFAULT_DB_PASSWORD = "hoclieu";
    static final String DEFAULT_BLOBS_DIR = "var/blobs";
    static final int DEFAULT_TASKS_PER_CHILD = IsolatedTaskRunner.DEFAULT_TASKS_PER_CHILD;

    public WorkerConfig {
        if (tasksPerChild < 1) {
            throw new IllegalArgumentException("hoclieu.worker.tasks-per-child must be at least 1, not " + tasksPerChild);
        }
    }

    /** Reads the running JVM's system properties and environment. */
    public static WorkerConfig fromEnvironment(String defaultWorkerId) {
        return from(System::getProperty, System.getenv(), defaultWorkerId);
    }

    static WorkerConfig from(UnaryOperator<String> systemProperties, Map<String, String> environment, String defaultWorkerId) {
        Source source = new Source(systemProperties, environment);
        return new WorkerConfig(
                source.get("hoclieu.db.url", "HOCLIEU_DB_URL", DEFAULT_DB_URL),
                source.get("hoclieu.db.user", "HOCLIEU_DB_USER", DEFAULT_DB_USER),
                source.get("hoclieu.db.password", "HOCLIEU_DB_PASSWORD", DEFAULT_DB_PASSWORD),
                source.get("hoclieu.worker.id", "HOCLIEU_WORKER_ID", defaultWorkerId),
                source.get("hoclieu.blobs.dir", "HOCLIEU_BLOBS_DIR", DEFAULT_BLOBS_DIR),
                tasksPerChild(source.get("hoclieu.worker.tasks-per-child", "HOCLIEU_WORKER_TASKS_PER_CHILD",
                        String.valueOf(DEFAULT_TASKS_PER_CHILD))));
    }

    private static int tasksPerChild(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hoclieu.worker.tasks-per-child is not a number: " + value);
        }
    }

    @Override
    public String toString() {
        // ends up in logs: never the password
        return "WorkerConfig[dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", workerId=" + workerId + ", blobsDir=" + blobsDir
                + ", tasksPerChild=" + tasksPerChild + "]";
    }

    private record Source(UnaryOperator<String> systemProperties, Map<String, String> environment) {

        String get(String property, String variable, String fallback) {
            String value = systemProperties.apply(property);
            if (value == null || value.isBlank()) {
                value = environment.get(variable);
            }
            return value == null || value.isBlank() ? fallback : value.strip();
        }
    }
}
