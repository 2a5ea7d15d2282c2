package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkerConfigTest {

    @Test
    void withNothingSetTheDevelopmentDefaultsApply() {
        WorkerConfig config = WorkerConfig.from(name -> null, Map.of(), "vm:1234");

        assertThat(config).isEqualTo(new WorkerConfig("jdbc:mariadb://127.0.0.1:3307/hoclieu", "hoclieu", "hoclieu", "vm:1234", "var/blobs", 200));
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        WorkerConfig config = WorkerConfig.from(name -> null, Map.of(
                "HOCLIEU_DB_URL", "jdbc:mariadb://db.district.example/hoclieu",
                "HOCLIEU_DB_USER", "ingest",
                "HOCLIEU_DB_PASSWORD", "s3cret",
                "HOCLIEU_WORKER_ID", "ingest-2"), "vm:1234");

        assertThat(config).isEqualTo(new WorkerConfig("jdbc:mariadb://db.district.example/hoclieu", "ingest", "s3cret", "ingest-2", "var/blobs", 200));
    }

    @Test
    void systemPropertiesOverrideEnvironmentVariables() {
        Map<String, String> properties = Map.of("hoclieu.db.url", "jdbc:mariadb://localhost:3999/dev", "hoclieu.worker.id", "mine");
        WorkerConfig config = WorkerConfig.from(properties::get,
                Map.of("HOCLIEU_DB_URL", "jdbc:mariadb://elsewhere/x", "HOCLIEU_WORKER_ID", "theirs"), "vm:1234");

        assertThat(config.dbUrl()).isEqualTo("jdbc:mariadb://localhost:3999/dev");
        assertThat(config.workerId()).isEqualTo("mine");
    }

    @Test
    void howManyTasksAChildServesIsASetting() {
        WorkerConfig config = WorkerConfig.from(name -> null, Map.of("HOCLIEU_WORKER_TASKS_PER_CHILD", "50"), "vm:1234");

        assertThat(config.tasksPerChild()).isEqualTo(50);
        assertThatThrownBy(() -> WorkerConfig.from(name -> null, Map.of("HOCLIEU_WORKER_TASKS_PER_CHILD", "many"), "vm:1234"))
                .hasMessage("hoclieu.worker.tasks-per-child is not a number: many");
        assertThatThrownBy(() -> WorkerConfig.from(name -> null, Map.of("HOCLIEU_WORKER_TASKS_PER_CHILD", "0"), "vm:1234"))
                .hasMessage("hoclieu.worker.tasks-per-child must be at least 1, not 0");
    }

    @Test
    void blankValuesCountAsUnset() {
        WorkerConfig config = WorkerConfig.from(name -> " ", Map.of("HOCLIEU_WORKER_ID", ""), "vm:1234");

        assertThat(config.workerId()).isEqualTo("vm:1234");
    }

    @Test
    void thePasswordNeverShowsInLogs() {
        WorkerConfig config = new WorkerConfig("jdbc:mariadb://h/db", "u", "s3cret", "w", "var/blobs", 200);

        assertThat(config.toString()).doesNotContain("s3cret").contains("jdbc:mariadb://h/db");
    }
}
