package vn.hoclieu.content.ingest;

import javax.sql.DataSource;
import java.sql.SQLException;

/** Builds ingest jobs for tests: {@code aJob().ofKind("noop").withMaxAttempts(2).enqueuedIn(db)}. */
public final class JobFixture {

    private String kind = "noop";
    private String payload = "{\"materialVersionId\": 42}";
    private int maxAttempts = IngestJobs.DEFAULT_MAX_ATTEMPTS;

    private JobFixture() {
    }

    public static JobFixture aJob() {
        return new JobFixture();
    }

    public JobFixture ofKind(String kind) {
        this.kind = kind;
        return this;
    }

    public JobFixture withPayload(String payload) {
        this.payload = payload;
        return this;
    }

    public JobFixture withMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** Enqueues the job in a transaction of its own; returns its id. */
    public long enqueuedIn(DataSource db) throws SQLException {
        try (var connection = db.getConnection()) {
            return IngestJobs.enqueue(connection, kind, payload, maxAttempts);
        }
    }

    /** The job as stored now. */
    public static IngestJob stored(DataSource db, long id) throws SQLException {
        return IngestJobs.find(db, id).orElseThrow(() -> new AssertionError("No job " + id));
    }
}
