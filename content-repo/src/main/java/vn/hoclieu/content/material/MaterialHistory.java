package vn.hoclieu.content.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.hoclieu.content.material.model.MaterialEvent;

import java.util.List;

/** Appends to and reads a material's immutable history (there is no update or delete here, on purpose). */
@ApplicationScoped
public class MaterialHistory {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public void record(long materialId, int versionNumber, Long actorId, EventAction action,
                       MaterialStatus from, MaterialStatus to, String comment) {
        em.persist(new MaterialEvent(materialId, versionNumber, actorId, action, from, to, comment));
    }

    public List<HistoryEntry> of(long materialId) {
        return em.createQuery("select e from MaterialEvent e where e.materialId = :m order by e.id", MaterialEvent.class)
                .setParameter("m", materialId).getResultStream()
                .map(e -> new HistoryEntry(e.id(), e.versionNumber(), e.actorId(), e.action(), e.fromStatus(),
                        e.toStatus(), e.comment(), e.createdAt()))
                .toList();
    }
}
