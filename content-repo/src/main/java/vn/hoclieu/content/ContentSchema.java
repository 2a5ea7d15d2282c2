package vn.hoclieu.content;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * The content module's tables, migrated by Flyway with a history table of their own so that the
 * other modules' migrations in the same database never interfere.
 *
 * <p>Both the web application (at startup) and every ingest worker call {@link #migrate}. That is
 * safe concurrently: on MariaDB/MySQL Flyway serialises migrations with a named lock
 * ({@code GET_LOCK}), and whoever comes second finds nothing left to apply. (On a Galera cluster
 * Flyway falls back to locking the history table, since named locks are not replicated.)
 */
public final class ContentSchema {

    /** Where the migrations live, in Flyway's notation. */
    public static final String LOCATION = "classpath:db/migration/content";
    /** Flyway's history table for this module only. */
    public static final String HISTORY_TABLE = "content_schema_history";
    /** Below every migration of ours: see {@link #flyway}. */
    public static final String BASELINE_VERSION = "0";

    private ContentSchema() {
    }

    /** Brings the schema up to date; returns how many migrations this call applied. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = SchemaMigrationLock.holding(dataSource, () -> flyway(dataSource).migrate());
        return result.migrationsExecuted;
    }

    /** The Flyway configuration, for callers that need more than {@link #migrate} (validation, info). */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(ContentSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                // The database is shared with the other modules, so finding it non-empty without our
                // history table is normal, not a sign of a legacy schema. Flyway refuses that unless
                // it may baseline; baselining at version 0 records only a marker and still applies
                // V1 onwards (the default baseline version, 1, would silently skip V1).
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE_VERSION)
                .load();
    }
}
