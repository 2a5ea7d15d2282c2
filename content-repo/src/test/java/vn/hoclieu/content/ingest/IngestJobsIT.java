package vn.hoclieu.content.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoclieu.content.ContentTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoclieu.content.ingest.JobFixture.stored;

class IngestJobsIT {

    private static DataSource db;

    @BeforeAll
    static void database() {
        db = ContentTestDatabase.migrated("content_ingest_jobs");
    }

    @Test
    void anEnqueuedJobWaitsInTheQueueWithNoAttemptsYet() throws Exception {
        long id = IngestJobs.enqueue(db, "noop", "{\"note\": \"Bài giảng Toán lớp 3\"}");

        IngestJob job = stored(db, id);
        assertThat(job.kind()).isEqualTo("noop");
        assertThat(job.payload()).isEqualTo("{\"note\": \"Bài giảng Toán lớp 3\"}");
        assertThat(job.status()).isEqualTo(IngestJobStatus.QUEUED);
        assertThat(job.attempts()).isZero();
        assertThat(job.maxAttempts()).isEqualTo(IngestJobs.DEFAULT_MAX_ATTEMPTS);
        assertThat(job.claimedBy()).isEmpty();
        assertThat(job.failureReason()).isEmpty();
        assertThat(job.availableAt()).isEqualTo(job.createdAt());
    }

    @Test
    void aJobEnqueuedInARolledBackTransactionNeverExists() throws Exception {
        long id;
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            id = IngestJobs.enqueue(connection, "noop", "{}");
            connection.rollback();
        }

        assertThat(IngestJobs.find(db, id)).isEmpty();
    }

    @Test
    void thePayloadMustBeJson() {
        assertThatThrownBy(() -> IngestJobs.enqueue(db, "noop", "not json")).isInstanceOf(SQLException.class);
    }

    @Test
    void aKindMustBeAPlainName() {
        assertThatThrownBy(() -> IngestJobs.enqueue(db, "Extract Text!", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Extract Text!");
    }
}
