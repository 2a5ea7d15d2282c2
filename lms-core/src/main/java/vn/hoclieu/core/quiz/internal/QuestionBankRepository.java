package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.quiz.model.QuestionCategory;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class QuestionBankRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<QuestionCategory> category(long id) {
        return Optional.ofNullable(em.find(QuestionCategory.class, id));
    }

    public List<QuestionCategory> categoriesOf(long ownerId) {
        return em.createQuery("select c from QuestionCategory c where c.ownerId = :o order by c.subjectId, c.grade, c.name", QuestionCategory.class)
                .setParameter("o", ownerId).getResultList();
    }

    /** Category id → number of questions, for these categories. */
    public Map<Long, Long> counts(Collection<Long> categoryIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!categoryIds.isEmpty()) {
            em.createQuery("select q.categoryId, count(q) from StoredQuestion q where q.categoryId in :c group by q.categoryId", Object[].class)
                    .setParameter("c", categoryIds).getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }

    public Optional<StoredQuestion> question(long id) {
        return Optional.ofNullable(em.find(StoredQuestion.class, id));
    }

    public List<StoredQuestion> questions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from StoredQuestion q where q.id in :ids", StoredQuestion.class).setParameter("ids", ids).getResultList();
    }

    public List<StoredQuestion> inCategory(long categoryId) {
        return em.createQuery("select q from StoredQuestion q where q.categoryId = :c order by q.id", StoredQuestion.class)
                .setParameter("c", categoryId).getResultList();
    }

    /** The categories of a subject and grade that have been submitted for sharing (their carrier says whether they are shared). */
    public List<QuestionCategory> carried(long subjectId, int grade) {
        return em.createQuery("""
                select c from QuestionCategory c where c.subjectId = :s and c.grade = :g and c.carrierMaterialId is not null
                order by c.name, c.id""", QuestionCategory.class).setParameter("s", subjectId).setParameter("g", grade).getResultList();
    }

    /** Colleagues' categories submitted for sharing in the subjects the teacher teaches (their carrier says whether they are shared). */
    public List<QuestionCategory> carriedForTeacher(long teacherId) {
        List<Long> subjects = ((List<?>) em.createNativeQuery("SELECT DISTINCT subject_id FROM core_teaching_assignment WHERE teacher_id = ?1")
                .setParameter(1, teacherId).getResultList()).stream().map(SqlValues::id).toList();
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select c from QuestionCategory c where c.subjectId in :s and c.ownerId <> :t and c.carrierMaterialId is not null
                order by c.subjectId, c.grade, c.name, c.id""", QuestionCategory.class)
                .setParameter("s", subjects).setParameter("t", teacherId).getResultList();
    }

    /** The questions of these categories, at most {@code max}. */
    public List<StoredQuestion> inCategories(Collection<Long> categoryIds, int max) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from StoredQuestion q where q.categoryId in :c order by q.categoryId, q.id", StoredQuestion.class)
                .setParameter("c", categoryIds).setMaxResults(max).getResultList();
    }

    /** Ids of the questions of these categories, per category: one query for every draw of a quiz. */
    public Map<Long, List<Long>> questionIdsIn(Collection<Long> categoryIds) {
        Map<Long, List<Long>> ids = new HashMap<>();
        if (!categoryIds.isEmpty()) {
            em.createQuery("select q.categoryId, q.id from StoredQuestion q where q.categoryId in :c order by q.id", Object[].class)
                    .setParameter("c", categoryIds).getResultList()
                    .forEach(r -> ids.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Long) r[1]));
        }
        return ids;
    }

    /** Whether the teacher teaches the subject in any class (subject teachers and homeroom teachers with it assigned). */
    public boolean teachesSubject(long teacherId, long subjectId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM core_teaching_assignment WHERE teacher_id = ?1 AND subject_id = ?2")
                .setParameter(1, teacherId).setParameter(2, subjectId).getSingleResult()).longValue() > 0;
    }

    public Optional<Long> subjectId(String code) {
        return em.createNativeQuery("SELECT id FROM core_subject WHERE code = ?1").setParameter(1, code == null ? "" : code.strip())
                .getResultStream().findFirst().map(SqlValues::id);
    }

    public String subjectCode(long subjectId) {
        return (String) em.createNativeQuery("SELECT code FROM core_subject WHERE id = ?1").setParameter(1, subjectId).getSingleResult();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush(); // the id, for the answer
    }
}
