package vn.hoclieu.web.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoclieu.content.search.SearchFeed;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.outbox.OutboxDrainer;
import vn.hoclieu.search.outbox.CoreNames;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the search outbox every two seconds. It runs here, in the application, because this is
 * the one process that has both the database and the search client (the ingest worker belongs to
 * content-repo, which must not depend on search). Several application nodes may run it at once:
 * rows are claimed with SKIP LOCKED and written with external versions. No JTA transaction: the
 * drainer commits its own JDBC transaction per batch, on plain connections ({@link SearchDatabase}).
 * Elasticsearch down: one warning, rows wait.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchOutboxDrain {

    private static final Logger LOG = Logger.getLogger(SearchOutboxDrain.class.getName());

    @Inject
    SearchDatabase database;

    @Inject
    MaterialIndex index;

    @Inject
    SearchIndexBootstrap bootstrap;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean failing;
    private volatile OutboxDrainer drainer;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void drain() {
        if (!bootstrap.isReady() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int done = drainer().drainAll(OutboxDrainer.DEFAULT_BATCH);
            if (failing) {
                LOG.info("Search outbox draining again");
                failing = false;
            }
            if (done > 0) {
                LOG.fine(() -> "Search outbox: " + done + " row(s) indexed");
            }
        } catch (SearchException | SQLException e) {
            if (!failing) {
                LOG.warning("Search outbox not drained, will retry: " + e.getMessage());
                failing = true;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search outbox drain failed, will retry", e);
        } finally {
            running.set(false);
        }
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    void purge() {
        try (var c = database.dataSource().getConnection()) {
            SearchFeed.purgeProcessed(c, 24 * 7);
        } catch (SQLException e) {
            LOG.warning("Could not purge processed search outbox rows: " + e.getMessage());
        }
    }

    private OutboxDrainer drainer() {
        if (drainer == null) {
            drainer = new OutboxDrainer(database.dataSource(), index, CoreNames.fromDatabase(database.dataSource()));
        }
        return drainer;
    }
}
