package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseLevel;
import vn.hoclieu.core.course.model.CourseModule;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitState;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Courses, their modules, units and authors; enrolments and per-unit progress. */
@ApplicationScoped
public class CourseRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<OpenCourse> course(long id) {
        return Optional.ofNullable(em.find(OpenCourse.class, id));
    }

    public void add(OpenCourse course) {
        em.persist(course);
        em.flush();
    }

    public void addAuthor(long courseId, long accountId, int position) {
        em.createNativeQuery("INSERT IGNORE INTO core_course_author (course_id, account_id, position) VALUES (?1, ?2, ?3)")
                .setParameter(1, courseId).setParameter(2, accountId).setParameter(3, position).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Long> authors(long courseId) {
        return ((List<Object>) em.createNativeQuery("SELECT account_id FROM core_course_author WHERE course_id = ?1 ORDER BY position")
                .setParameter(1, courseId).getResultList()).stream().map(CourseRepository::id).toList();
    }

    public boolean isAuthor(long courseId, long accountId) {
        return count(em.createNativeQuery("SELECT COUNT(*) FROM core_course_author WHERE course_id = ?1 AND account_id = ?2")
                .setParameter(1, courseId).setParameter(2, accountId)) > 0;
    }

    @SuppressWarnings("unchecked")
    public List<Long> authoredIds(long accountId) {
        return ((List<Object>) em.createNativeQuery("SELECT course_id FROM core_course_author WHERE account_id = ?1 ORDER BY course_id DESC")
                .setParameter(1, accountId).getResultList()).stream().map(CourseRepository::id).toList();
    }

    public Optional<Long> subjectId(String code) {
        List<?> ids = em.createNativeQuery("SELECT id FROM core_subject WHERE code = ?1").setParameter(1, code).getResultList();
        return ids.stream().findFirst().map(CourseRepository::id);
    }

    public String subjectCode(long subjectId) {
        return (String) em.createNativeQuery("SELECT code FROM core_subject WHERE id = ?1").setParameter(1, subjectId).getSingleResult();
    }

    /** Locks the course row: structure changes and submissions of one course queue. */
    public Optional<OpenCourse> locked(long id) {
        return Optional.ofNullable(em.find(OpenCourse.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<CourseModule> module(long id) {
        return Optional.ofNullable(em.find(CourseModule.class, id));
    }

    public List<CourseModule> modules(long courseId) {
        return em.createQuery("select m from CourseModule m where m.courseId = :c order by m.position", CourseModule.class)
                .setParameter("c", courseId).getResultList();
    }

    /** The course's units in reading order (module, then unit). */
    public List<CourseUnit> units(long courseId) {
        return em.createQuery("""
                select u from CourseUnit u, CourseModule m where u.moduleId = m.id and u.courseId = :c order by m.position, u.position""",
                CourseUnit.class).setParameter("c", courseId).getResultList();
    }

    public Optional<CourseUnit> unitByAssignment(long assignmentId) {
        return em.createQuery("select u from CourseUnit u where u.assignmentId = :a", CourseUnit.class).setParameter("a", assignmentId)
                .getResultStream().findFirst();
    }

    /** The learners enrolled now (not withdrawn). */
    public List<Long> activeLearnerIds(long courseId) {
        return em.createQuery("select e.learnerId from CourseEnrolment e where e.courseId = :c and e.status <> vn.hoclieu.core.course.model.EnrolmentStatus.WITHDRAWN",
                Long.class).setParameter("c", courseId).getResultList();
    }

    public Optional<CourseUnit> unitByQuiz(long quizId) {
        return em.createQuery("select u from CourseUnit u where u.quizId = :q", CourseUnit.class).setParameter("q", quizId)
                .getResultStream().findFirst();
    }

    public void add(CourseModule module) {
        em.persist(module);
        em.flush();
    }

    public void add(CourseUnit unit) {
        em.persist(unit);
        em.flush();
    }

    /** Learners' progress on the unit goes with it (the table cascades); a resume point there is cleared. */
    public void remove(CourseUnit unit) {
        em.remove(unit);
        em.flush();
    }

    public void remove(CourseModule module) {
        em.remove(module);
        em.flush();
    }

    /** Writes a change of place now: positions are unique, so moves go one row at a time. */
    public void flush() {
        em.flush();
    }

    public Optional<CourseEnrolment> enrolment(long courseId, long learnerId) {
        return em.createQuery("select e from CourseEnrolment e where e.courseId = :c and e.learnerId = :l", CourseEnrolment.class)
                .setParameter("c", courseId).setParameter("l", learnerId).getResultStream().findFirst();
    }

    public void add(CourseEnrolment enrolment) {
        em.persist(enrolment);
        em.flush();
    }

    public List<CourseEnrolment> enrolmentsOf(long learnerId) {
        return em.createQuery("select e from CourseEnrolment e where e.learnerId = :l and e.status <> vn.hoclieu.core.course.model.EnrolmentStatus.WITHDRAWN order by e.enrolledAt desc",
                CourseEnrolment.class).setParameter("l", learnerId).getResultList();
    }

    public List<CourseEnrolment> enrolmentsIn(long courseId) {
        return em.createQuery("select e from CourseEnrolment e where e.courseId = :c", CourseEnrolment.class)
                .setParameter("c", courseId).getResultList();
    }

    @SuppressWarnings("unchecked")
    public Map<Long, UnitState> states(long enrolmentId) {
        Map<Long, UnitState> states = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT unit_id, state FROM core_course_progress WHERE enrolment_id = ?1")
                .setParameter(1, enrolmentId).getResultList()) {
            states.put(id(r[0]), UnitState.valueOf((String) r[1]));
        }
        return states;
    }

    public void state(long enrolmentId, long unitId, UnitState state, Instant now) {
        em.createNativeQuery("""
                INSERT INTO core_course_progress (enrolment_id, unit_id, state, updated_at) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE state = VALUES(state), updated_at = VALUES(updated_at)""")
                .setParameter(1, enrolmentId).setParameter(2, unitId).setParameter(3, state.name())
                .setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    /**
     * Writes the enrolment's state at once. Why not leave it to the entity: a change followed by a
     * query in the same transaction was lost in the system test (the resume point after a restart),
     * so what a learner reached is never left to the persistence context's flush.
     */
    public void record(CourseEnrolment e) {
        em.createNativeQuery("UPDATE core_course_enrolment SET status = ?1, completed_at = ?2, last_unit_id = ?3 WHERE id = ?4")
                .setParameter(1, e.status().name()).setParameter(2, e.completedAt() == null ? null : Timestamp.from(e.completedAt()))
                .setParameter(3, e.lastUnitId()).setParameter(4, e.id()).executeUpdate();
    }

    /** Unit id → [learners who reached it, learners who got it to {@code done} or further] among the course's enrolments. */
    @SuppressWarnings("unchecked")
    public Map<Long, long[]> funnel(long courseId) {
        Map<Long, long[]> funnel = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT p.unit_id, COUNT(*), SUM(CASE WHEN p.state = 'PASSED' OR (p.state = 'COMPLETED' AND u.kind NOT IN ('QUIZ', 'ASSIGNMENT')) THEN 1 ELSE 0 END)
                FROM core_course_progress p JOIN core_course_unit u ON u.id = p.unit_id WHERE u.course_id = ?1 GROUP BY p.unit_id""")
                .setParameter(1, courseId).getResultList()) {
            funnel.put(id(r[0]), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return funnel;
    }

    /**
     * Published courses among {@code ids} matching the filters; text is compared in the table's
     * accent- and case-insensitive collation (utf8mb4_unicode_520_ci), so "toan" finds "Toán".
     */
    public List<OpenCourse> matching(Collection<Long> ids, String text, Long subjectId, CourseLevel level, Audience audience, int first, int max) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return filtered("select c", ids, text, subjectId, level, audience, " order by c.id desc", OpenCourse.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countMatching(Collection<Long> ids, String text, Long subjectId, CourseLevel level, Audience audience) {
        if (ids.isEmpty()) {
            return 0;
        }
        return filtered("select count(c)", ids, text, subjectId, level, audience, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, Collection<Long> ids, String text, Long subjectId, CourseLevel level,
                                          Audience audience, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from OpenCourse c where c.carrierMaterialId in :ids");
        if (text != null) {
            jpql.append(" and (c.title like :text or c.description like :text)");
        }
        if (subjectId != null) {
            jpql.append(" and c.subjectId = :subject");
        }
        if (level != null) {
            jpql.append(" and c.level = :level");
        }
        if (audience != null) {
            jpql.append(" and c.audience = :audience");
        }
        var query = em.createQuery(jpql.append(order).toString(), type).setParameter("ids", ids);
        if (text != null) {
            query.setParameter("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (subjectId != null) {
            query.setParameter("subject", subjectId);
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        if (audience != null) {
            query.setParameter("audience", audience);
        }
        return query;
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
