package vn.hoclieu.content.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.model.MaterialEvent;
import vn.hoclieu.content.search.SearchOutbox;

import java.util.List;

/**
 * Appends to and reads a material's immutable history (there is no update or delete here, on purpose).
 * Every event also tells search (same transaction): whatever is worth a line in the history may
 * change what the index holds — the public version, or who may find the work in progress.
 */
@ApplicationScoped
public class MaterialHistory {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Inject
    SearchOutbox searchOutbox;

    @Inject
    Event<PublicationChanged> publication;

    public void record(long materialId, int versionNumber, Long actorId, EventAction action,
                       MaterialStatus from, MaterialStatus to, String comment) {
        em.persist(new MaterialEvent(materialId, versionNumber, actorId, action, from, to, comment));
        searchOutbox.changed(materialId, action.name());
        if (action == EventAction.PUBLISHED || action == EventAction.RETIRED) {
            publication.fire(new PublicationChanged(materialId, action));
        }
    }

    public List<HistoryEntry> of(long materialId) {
        return em.createQuery("select e from MaterialEvent e where e.materialId = :m order by e.id", MaterialEvent.class)
                .setParameter("m", materialId).getResultStream()
                .map(e -> new HistoryEntry(e.id(), e.versionNumber(), e.actorId(), e.action(), e.fromStatus(),
                        e.toStatus(), e.comment(), e.createdAt()))
                .toList();
    }
}
