package vn.hoclieu.content.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.content.ingest.internal.WorkerIdentity;
import vn.hoclieu.content.ingest.internal.WorkerRegistry;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.count;
import static vn.hoclieu.content.ContentTestDatabase.execute;

class WorkerHeartbeatsIT {

    private static final WorkerIdentity WORKER_A = new WorkerIdentity("worker-a", "ingest-1.example", 4711, "0.1.0");
    private static final WorkerIdentity WORKER_B = new WorkerIdentity("worker-b", "ingest-2.example", 815, "0.1.0");

    private static DataSource db;
    private static WorkerRegistry registry;

    @BeforeAll
    static void database() {
        db = ContentTestDatabase.migrated("content_heartbeats");
        registry = new WorkerRegistry(db);
    }

    @BeforeEach
    void noWorkers() throws SQLException {
        execute(db, "DELETE FROM content_ingest_worker");
    }

    @Test
    void withoutAnyWorkerThereIsNoHeartbeat() throws Exception {
        HeartbeatSummary summary = WorkerHeartbeats.latest(db);

        assertThat(summary.lastHeartbeat()).isEmpty();
        assertThat(summary.aliveWorkers()).isZero();
        assertThat(summary.anyAlive()).isFalse();
        assertThat(summary.silence()).isEmpty();
        assertThat(summary.window()).isEqualTo(WorkerHeartbeats.DEFAULT_WINDOW);
    }

    @Test
    void registeredWorkersCountAsAlive() throws Exception {
        registry.register(WORKER_A);
        registry.register(WORKER_B);

        HeartbeatSummary summary = WorkerHeartbeats.latest(db);

        assertThat(summary.aliveWorkers()).isEqualTo(2);
        assertThat(summary.lastHeartbeat()).isPresent();
        assertThat(summary.silence().orElseThrow()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHeartbeatMovesTheLatestTimeAndShowsTheJobInHand() throws Exception {
        registry.register(WORKER_A);
        var registered = WorkerHeartbeats.latest(db).lastHeartbeat().orElseThrow();
        Thread.sleep(20);

        registry.heartbeat(WORKER_A, OptionalLong.of(42));

        assertThat(WorkerHeartbeats.latest(db).lastHeartbeat().orElseThrow()).isAfter(registered);
        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_worker WHERE worker_id = ? AND current_job_id = 42"
                + " AND started_at < heartbeat_at AND host = 'ingest-1.example' AND pid = 4711", "worker-a")).isEqualTo(1);
        registry.heartbeat(WORKER_A, OptionalLong.empty());
        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_worker WHERE current_job_id IS NULL")).isEqualTo(1);
    }

    @Test
    void aWorkerSilentForLongerThanTheWindowIsNotAliveButItsLastHeartbeatIsKnown() throws Exception {
        registry.register(WORKER_A);
        Thread.sleep(300);

        HeartbeatSummary summary = WorkerHeartbeats.latest(db, Duration.ofMillis(100));

        assertThat(summary.aliveWorkers()).isZero();
        assertThat(summary.lastHeartbeat()).isPresent();
        assertThat(summary.silence().orElseThrow()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aHeartbeatBringsBackAWorkerWhoseRowWasRemoved() throws Exception {
        registry.register(WORKER_A);
        registry.remove("worker-a");
        assertThat(WorkerHeartbeats.latest(db).anyAlive()).isFalse();

        registry.heartbeat(WORKER_A, OptionalLong.empty());

        assertThat(WorkerHeartbeats.latest(db).aliveWorkers()).isEqualTo(1);
    }

    @Test
    void aRestartedWorkerWithTheSameIdTakesOverItsRow() throws Exception {
        registry.register(WORKER_A);
        registry.heartbeat(WORKER_A, OptionalLong.of(7));

        registry.register(new WorkerIdentity("worker-a", "ingest-1.example", 9999, "0.2.0"));

        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_worker")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_worker WHERE pid = 9999 AND version = '0.2.0'"
                + " AND current_job_id IS NULL")).isEqualTo(1);
    }

    @Test
    void rowsOfWorkersLongSilentCanBeForgotten() throws Exception {
        registry.register(WORKER_A);
        Thread.sleep(200);
        registry.register(WORKER_B);

        assertThat(registry.forgetSilentFor(Duration.ofMillis(150))).isEqualTo(1);

        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_worker WHERE worker_id = 'worker-b'")).isEqualTo(1);
    }
}
