package vn.hoclieu.core.classroom.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.classroom.model.ClassFile;
import vn.hoclieu.core.classroom.model.Announcement;
import vn.hoclieu.core.classroom.model.AnnouncementComment;
import vn.hoclieu.core.classroom.model.OnlineSession;
import vn.hoclieu.core.classroom.model.SessionAttendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClassroomRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    /** The class's school, if the class exists. */
    public Optional<Long> schoolOf(long classId) {
        return em.createQuery("""
                select y.schoolId from SchoolClass c, SchoolYear y where c.id = :c and y.id = c.schoolYearId""", Long.class)
                .setParameter("c", classId).getResultStream().findFirst();
    }

    public boolean isPupilOf(long pupilId, long classId) {
        return em.createQuery("select count(c) from SchoolClass c join c.pupilIds p where c.id = :c and p = :p", Long.class)
                .setParameter("c", classId).setParameter("p", pupilId).getSingleResult() > 0;
    }

    public List<Announcement> announcementsOf(long classId) {
        return em.createQuery("select a from Announcement a where a.classId = :c order by a.postedAt desc, a.id desc", Announcement.class)
                .setParameter("c", classId).setMaxResults(200).getResultList();
    }

    /** Comments of these announcements, oldest first (one query for a whole page). */
    public List<AnnouncementComment> commentsOf(Collection<Long> announcementIds) {
        if (announcementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from AnnouncementComment c where c.announcementId in :a order by c.id", AnnouncementComment.class)
                .setParameter("a", announcementIds).getResultList();
    }

    public Optional<Announcement> announcement(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    public List<OnlineSession> sessionsOf(long classId) {
        return em.createQuery("select s from OnlineSession s where s.classId = :c order by s.startsAt desc, s.id desc", OnlineSession.class)
                .setParameter("c", classId).setMaxResults(100).getResultList();
    }

    public Optional<OnlineSession> session(long id) {
        return Optional.ofNullable(em.find(OnlineSession.class, id));
    }

    public List<SessionAttendance> attendanceOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from SessionAttendance a where a.sessionId in :s", SessionAttendance.class)
                .setParameter("s", sessionIds).getResultList();
    }

    public SessionAttendance attendance(long sessionId, long pupilId) {
        SessionAttendance found = em.find(SessionAttendance.class, new SessionAttendance.Key(sessionId, pupilId));
        if (found == null) {
            found = new SessionAttendance(sessionId, pupilId);
            em.persist(found);
        }
        return found;
    }

    public List<Long> pupilIdsOf(long classId) {
        return em.createQuery("select p from SchoolClass c join c.pupilIds p where c.id = :c", Long.class)
                .setParameter("c", classId).getResultList();
    }

    public List<Long> materialIdsOf(long classId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                "SELECT material_id FROM core_class_material WHERE class_id = ?1 ORDER BY added_at DESC, material_id DESC")
                .setParameter(1, classId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public void addMaterial(long classId, long materialId, long teacherId) {
        em.createNativeQuery("INSERT IGNORE INTO core_class_material (class_id, material_id, added_by) VALUES (?1, ?2, ?3)")
                .setParameter(1, classId).setParameter(2, materialId).setParameter(3, teacherId).executeUpdate();
    }

    public void removeMaterial(long classId, long materialId) {
        em.createNativeQuery("DELETE FROM core_class_material WHERE class_id = ?1 AND material_id = ?2")
                .setParameter(1, classId).setParameter(2, materialId).executeUpdate();
    }

    public List<ClassFile> filesOf(long classId) {
        return em.createQuery("SELECT f FROM ClassFile f WHERE f.classId = :c ORDER BY f.uploadedAt DESC, f.id DESC", ClassFile.class)
                .setParameter("c", classId).setMaxResults(500).getResultList();
    }

    public Optional<ClassFile> file(long fileId) {
        return Optional.ofNullable(em.find(ClassFile.class, fileId));
    }

    public void remove(ClassFile file) {
        em.remove(file);
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush(); // the id, for the answer
    }
}
