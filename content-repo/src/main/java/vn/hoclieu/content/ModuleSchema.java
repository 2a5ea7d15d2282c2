package vn.hoclieu.content;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * How every module migrates its own tables in the shared database: Flyway with the module's own
 * history table and location, one process at a time ({@link SchemaMigrationLock}).
 */
public final class ModuleSchema {

    /**
     * The database is shared, so finding it non-empty without this module's history table is
     * normal, not a sign of a legacy schema. Flyway refuses that unless it may baseline; a baseline
     * at version 0 records only a marker and still applies V1 onwards (the default, 1, would skip V1).
     */
    public static final String BASELINE_VERSION = "0";

    private ModuleSchema() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader loader, String location, String historyTable) {
        return SchemaMigrationLock.holding(dataSource, () -> flyway(dataSource, loader, location, historyTable).migrate());
    }

    public static Flyway flyway(DataSource dataSource, ClassLoader loader, String location, String historyTable) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .table(historyTable)
                .locations(location)
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE_VERSION)
                .load();
    }
}
