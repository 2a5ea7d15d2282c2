package vn.hoclieu.web.search;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoclieu.content.search.SearchFeed;
import vn.hoclieu.search.MaterialIndex;

import java.util.logging.Logger;

/**
 * Creates the materials index (behind its alias) once Elasticsearch is reachable. The application
 * must start even while Elasticsearch is down, so this retries on a timer instead of failing the
 * deployment.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexBootstrap {

    private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

    @Inject
    MaterialIndex materials;

    @Inject
    SearchDatabase database;

    private volatile boolean ready;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void ensureIndex() {
        if (ready) {
            return;
        }
        try {
            if (materials.ensureIndex()) {
                // a new (or upgraded, or lost) index is empty: every material goes through the outbox
                try (var c = database.dataSource().getConnection()) {
                    int queued = SearchFeed.enqueueAll(c);
                    LOG.info("New search index: " + queued + " material(s) queued for indexing");
                }
            }
            ready = true;
            LOG.info("Search index ready behind alias " + MaterialIndex.ALIAS);
        } catch (RuntimeException | java.sql.SQLException e) {
            LOG.warning("Search index not ready yet, will retry: " + e.getMessage());
        }
    }

    public boolean isReady() {
        return ready;
    }
}
