package vn.hoclieu.core;

/** Where lms-core keeps its Flyway migrations and history: the web application migrates it at startup. */
public final class CoreSchema {

    public static final String LOCATION = "classpath:db/migration/core";
    public static final String HISTORY_TABLE = "core_schema_history";

    private CoreSchema() {
    }
}
