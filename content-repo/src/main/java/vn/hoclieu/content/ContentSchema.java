package vn.hoclieu.content;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The content module's tables, migrated by Flyway with a history table of their own so that the
 * other modules' migrations in the same database never interfere.
 *
 * <p>Both the web application (at startup) and every ingest worker call {@link #migrate}; they
 * take turns ({@link ModuleSchema}), and whoever comes second finds nothing left to apply.
 */
public final class ContentSchema {

    /** Where the migrations live, in Flyway's notation. */
    public static final String LOCATION = "classpath:db/migration/content";
    /** Flyway's history table for this module only. */
    public static final String HISTORY_TABLE = "content_schema_history";

    private ContentSchema() {
    }

    /** Brings the schema up to date; returns how many migrations this call applied. */
    public static int migrate(DataSource dataSource) {
        return ModuleSchema.migrate(dataSource, ContentSchema.class.getClassLoader(), LOCATION, HISTORY_TABLE).migrationsExecuted;
    }

    /** The Flyway configuration, for callers that need more than {@link #migrate} (validation, info). */
    public static Flyway flyway(DataSource dataSource) {
        return ModuleSchema.flyway(dataSource, ContentSchema.class.getClassLoader(), LOCATION, HISTORY_TABLE);
    }
}
