package vn.hoclieu.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records that a material changed in a way that matters to district search, inside the caller's
 * transaction: the row commits with the change or not at all, so the index can never miss a
 * publication because a process died between the commit and a call to Elasticsearch. The search
 * indexer drains the rows ({@link SearchFeed}); this module knows nothing of search itself.
 */
@ApplicationScoped
public class SearchOutbox {

    /**
     * Why a row was written, besides the history events (which write their action's name, see
     * {@code MaterialHistory}); for people reading the table, the drain treats them all alike.
     */
    public enum Reason { RATED, USED, REINDEX, REPAIR }

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public void changed(long materialId, Reason reason) {
        changed(materialId, reason.name());
    }

    /** @param why a short word (≤ 32 characters) for people reading the table, e.g. the history event */
    public void changed(long materialId, String why) {
        em.createNativeQuery("INSERT INTO content_search_outbox (material_id, reason) VALUES (?1, ?2)")
                .setParameter(1, materialId).setParameter(2, why).executeUpdate();
    }
}
