package vn.hoclieu.web.search;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import vn.hoclieu.search.MaterialIndex;

import java.util.logging.Logger;

/**
 * Creates the materials index (behind its alias) once Elasticsearch is reachable. The application
 * must start even while Elasticsearch is down, so this retries on a timer instead of failing the
 * deployment.
 */
@Singleton
@Startup
public class SearchIndexBootstrap {

    private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

    @Inject
    MaterialIndex materials;

    private volatile boolean ready;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void ensureIndex() {
        if (ready) {
            return;
        }
        try {
            materials.ensureIndex();
            ready = true;
            LOG.info("Search index ready behind alias " + MaterialIndex.ALIAS);
        } catch (RuntimeException e) {
            LOG.warning("Search index not ready yet, will retry: " + e.getMessage());
        }
    }

    public boolean isReady() {
        return ready;
    }
}
