package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.quiz.model.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Quizzes (JPA) and their slots (rows holding bank ids). */
@ApplicationScoped
public class QuizRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<Quiz> quiz(long id) {
        return Optional.ofNullable(em.find(Quiz.class, id));
    }

    public List<Quiz> quizzesOf(long classId) {
        return em.createQuery("select q from Quiz q where q.classId = :c order by q.id desc", Quiz.class)
                .setParameter("c", classId).setMaxResults(200).getResultList();
    }

    /**
     * Takes the quiz's row in share mode until the transaction ends: attempts prepared at the same
     * time go on side by side, while a teacher's edit (which locks it) waits for them or they for it,
     * so none is drawn from slots the edit is replacing.
     */
    public void holdForPreparing(long id) {
        em.createNativeQuery("SELECT id FROM core_quiz WHERE id = ?1 LOCK IN SHARE MODE").setParameter(1, id).getResultList();
    }

    /** The quiz, its row locked until the transaction ends (an edit and a check for attempts behind each other). */
    public Optional<Quiz> locked(long id) {
        return Optional.ofNullable(em.find(Quiz.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Quiz quiz, List<SlotRow> slots) {
        em.persist(quiz);
        em.flush();
        insertSlots(quiz.id(), slots);
    }

    /** The quiz's slots replaced by {@code slots} (only while no attempt holds questions drawn from them). */
    public void replaceSlots(long quizId, List<SlotRow> slots) {
        em.createNativeQuery("DELETE FROM core_quiz_slot WHERE quiz_id = ?1").setParameter(1, quizId).executeUpdate();
        insertSlots(quizId, slots);
    }

    /** Whether a pupil started the quiz (a prepared attempt does not count: a teacher's edit discards it). */
    public boolean hasAttempts(long quizId) {
        return !em.createNativeQuery("SELECT 1 FROM core_quiz_attempt WHERE quiz_id = ?1 AND started_at IS NOT NULL LIMIT 1").setParameter(1, quizId)
                .getResultList().isEmpty();
    }

    private void insertSlots(long quizId, List<SlotRow> slots) {
        for (SlotRow slot : slots) {
            em.createNativeQuery("INSERT INTO core_quiz_slot (quiz_id, position, question_id, category_id, draw_count, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, quizId).setParameter(2, slot.position()).setParameter(3, slot.questionId())
                    .setParameter(4, slot.categoryId()).setParameter(5, slot.count()).setParameter(6, slot.points()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<SlotRow> slots(long quizId) {
        List<SlotRow> slots = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT position, question_id, category_id, draw_count, points FROM core_quiz_slot WHERE quiz_id = ?1 ORDER BY position")
                .setParameter(1, quizId).getResultList()) {
            slots.add(new SlotRow(SqlValues.integer(r[0]), SqlValues.id(r[1]), SqlValues.id(r[2]), SqlValues.integer(r[3]), SqlValues.decimal(r[4])));
        }
        return slots;
    }

    public boolean isPupilOf(long pupilId, long classId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM core_class_pupil WHERE class_id = ?1 AND account_id = ?2")
                .setParameter(1, classId).setParameter(2, pupilId).getSingleResult()).longValue() > 0;
    }

    /** Ids of the quizzes whose attempts answered this question. */
    @SuppressWarnings("unchecked")
    public List<Long> quizzesAnswering(long questionId) {
        return ((List<Object>) em.createNativeQuery("""
                SELECT DISTINCT t.quiz_id FROM core_quiz_answer a JOIN core_quiz_attempt t ON t.id = a.attempt_id
                WHERE a.question_id = ?1 AND t.started_at IS NOT NULL""")
                .setParameter(1, questionId).getResultList()).stream().map(SqlValues::id).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Long> pupilIdsOf(long classId) {
        return ((List<Object>) em.createNativeQuery("SELECT account_id FROM core_class_pupil WHERE class_id = ?1").setParameter(1, classId)
                .getResultList()).stream().map(SqlValues::id).toList();
    }
}
