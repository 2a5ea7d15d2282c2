package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.AssignmentFile;
import vn.hoclieu.core.assignment.model.Extension;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.school.model.Subject;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AssignmentRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<Long> schoolOf(long classId) {
        return em.createQuery("""
                select y.schoolId from SchoolClass c, SchoolYear y where c.id = :c and y.id = c.schoolYearId""", Long.class)
                .setParameter("c", classId).getResultStream().findFirst();
    }

    public boolean isPupilOf(long pupilId, long classId) {
        return em.createQuery("select count(c) from SchoolClass c join c.pupilIds p where c.id = :c and p = :p", Long.class)
                .setParameter("c", classId).setParameter("p", pupilId).getSingleResult() > 0;
    }

    public List<Long> pupilIdsOf(long classId) {
        return em.createQuery("select p from SchoolClass c join c.pupilIds p where c.id = :c", Long.class)
                .setParameter("c", classId).getResultList();
    }

    public Optional<Subject> subject(long id) {
        return Optional.ofNullable(em.find(Subject.class, id));
    }

    public List<Subject> subjects() {
        return em.createQuery("select s from Subject s order by s.id", Subject.class).getResultList();
    }

    public Optional<Assignment> assignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    /** Latest due first; pupils' lists leave out what has not opened yet ({@code openBy}). */
    public List<Assignment> ofClass(long classId, Instant openBy) {
        String opened = openBy == null ? "" : " and a.opensAt <= :open";
        var query = em.createQuery("select a from Assignment a where a.classId = :c" + opened + " order by a.dueAt desc, a.id desc",
                Assignment.class).setParameter("c", classId);
        if (openBy != null) {
            query.setParameter("open", openBy);
        }
        return query.setMaxResults(300).getResultList();
    }

    public Optional<Submission> submission(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    public Optional<Submission> submissionOf(long assignmentId, long pupilId) {
        return em.createQuery("select s from Submission s where s.assignmentId = :a and s.pupilId = :p", Submission.class)
                .setParameter("a", assignmentId).setParameter("p", pupilId).getResultStream().findFirst();
    }

    public List<Submission> submissionsOf(long assignmentId) {
        return em.createQuery("select s from Submission s where s.assignmentId = :a", Submission.class)
                .setParameter("a", assignmentId).getResultList();
    }

    /** Rows per status of these assignments (NEW has no rows), for the class's list. */
    public Map<Long, Map<SubmissionStatus, Long>> countsOf(Collection<Long> assignmentIds) {
        Map<Long, Map<SubmissionStatus, Long>> counts = new java.util.HashMap<>();
        if (assignmentIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select s.assignmentId, s.status, count(s) from Submission s where s.assignmentId in :a group by s.assignmentId, s.status",
                        Object[].class)
                .setParameter("a", assignmentIds).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(SubmissionStatus.class))
                        .put((SubmissionStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** The pupil's rows of these assignments by assignment id. */
    public Map<Long, Submission> ofPupil(long pupilId, Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Submission> found = new java.util.HashMap<>();
        em.createQuery("select s from Submission s where s.pupilId = :p and s.assignmentId in :a", Submission.class)
                .setParameter("p", pupilId).setParameter("a", assignmentIds).getResultList()
                .forEach(s -> found.put(s.assignmentId(), s));
        return found;
    }

    public Optional<AssignmentFile> file(long id) {
        return Optional.ofNullable(em.find(AssignmentFile.class, id));
    }

    public List<AssignmentFile> attachmentsOf(long assignmentId) {
        return em.createQuery("select f from AssignmentFile f where f.assignmentId = :a and f.submissionId is null order by f.id",
                AssignmentFile.class).setParameter("a", assignmentId).getResultList();
    }

    /** Files of these submissions, pupils' and feedback, oldest first. */
    public List<AssignmentFile> filesOf(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from AssignmentFile f where f.submissionId in :s order by f.id", AssignmentFile.class)
                .setParameter("s", submissionIds).getResultList();
    }

    public long countFiles(long submissionId, AssignmentFile.Purpose purpose) {
        return em.createQuery("select count(f) from AssignmentFile f where f.submissionId = :s and f.purpose = :p", Long.class)
                .setParameter("s", submissionId).setParameter("p", purpose).getSingleResult();
    }

    public Optional<Extension> extension(long assignmentId, long pupilId) {
        return Optional.ofNullable(em.find(Extension.class, new Extension.Key(assignmentId, pupilId)));
    }

    public List<Extension> extensionsOf(long assignmentId) {
        return em.createQuery("select e from Extension e where e.assignmentId = :a", Extension.class)
                .setParameter("a", assignmentId).getResultList();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush(); // the id, for the answer
    }

    /** Writes pending changes so that versions are current in the answer; a concurrent change of the same row loses. */
    public void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new vn.hoclieu.core.assignment.SubmissionRefusedException("stale_version");
        }
    }
}
