package vn.hoclieu.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.count;
import static vn.hoclieu.content.ContentTestDatabase.execute;

class ContentSchemaIT {

    /** V1 ingest jobs, V2 materials. */
    /** Every versioned migration the module ships (counted, so that a new one needs no edit here). */
    private static final int MIGRATIONS = migrationsShipped();

    private static int migrationsShipped() {
        // the sources, not the classpath: failsafe tests the packaged jar
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration/content"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void createsTheIngestTablesInUtf8mb4WithTheVietnameseCollation() throws Exception {
        DataSource db = ContentTestDatabase.empty("content_schema_tables");

        assertThat(ContentSchema.migrate(db)).isEqualTo(MIGRATIONS);

        assertThat(count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name LIKE 'content\\_%' AND table_name <> 'content_schema_history'"
                + " AND (engine <> 'InnoDB' OR table_collation <> 'utf8mb4_unicode_520_ci')")).as("tables not InnoDB/utf8mb4").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('content_ingest_job', 'content_ingest_worker', 'content_material', 'content_material_file')")).isEqualTo(4);
        assertThat(count(db, "SELECT COUNT(*) FROM content_schema_history WHERE success = 1 AND version = '1'")).isEqualTo(1);
    }

    @Test
    void migratingAnUpToDateSchemaAppliesNothing() {
        DataSource db = ContentTestDatabase.migrated("content_schema_twice");

        assertThat(ContentSchema.migrate(db)).isZero();
    }

    @Test
    void migratesADatabaseThatOtherModulesAlreadyUse() throws Exception {
        DataSource db = ContentTestDatabase.empty("content_schema_shared");
        execute(db, "CREATE TABLE core_school (id BIGINT PRIMARY KEY) ENGINE=InnoDB");

        assertThat(ContentSchema.migrate(db)).as("V1 applied, not skipped by the baseline").isEqualTo(MIGRATIONS);
        assertThat(count(db, "SELECT COUNT(*) FROM content_ingest_job")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM core_school")).as("other modules' tables untouched").isZero();
        assertThat(ContentSchema.migrate(db)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"an empty database", "a database other modules already use"})
    void theAppAndSeveralWorkersStartingTogetherApplyEachMigrationOnce(String database) throws Exception {
        DataSource db = ContentTestDatabase.empty("content_schema_race");
        if (database.startsWith("a database other")) {
            execute(db, "CREATE TABLE core_school (id BIGINT PRIMARY KEY) ENGINE=InnoDB");
        }
        int starters = 4;
        CyclicBarrier together = new CyclicBarrier(starters);
        ExecutorService pool = Executors.newFixedThreadPool(starters);
        try {
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < starters; i++) {
                applied.add(pool.submit(() -> {
                    together.await();
                    return ContentSchema.migrate(db);
                }));
            }
            int total = 0;
            for (Future<Integer> result : applied) {
                total += result.get();
            }
            assertThat(total).isEqualTo(MIGRATIONS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(db, "SELECT COUNT(*) FROM content_schema_history WHERE version = '1' AND success = 1")).isEqualTo(1);
    }
}
