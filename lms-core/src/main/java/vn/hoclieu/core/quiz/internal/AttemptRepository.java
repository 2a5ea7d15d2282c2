package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.quiz.model.AttemptClock;
import vn.hoclieu.core.quiz.model.QuizAttempt;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Attempts (JPA) and their answers (native SQL: every save is one conditional UPDATE of one row).
 * A prepared attempt (no {@code started_at}) is left out of everything that reads attempts, and no
 * answer is saved into it: it is the pupil's only once started.
 */
@ApplicationScoped
public class AttemptRepository {

    private static final String ANSWER_COLUMNS =
            "attempt_id, slot, question_id, points, response, version, last_save_id, score, manual, graded_by";

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<QuizAttempt> attempt(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }

    /** The attempt, its row locked until the transaction ends (submit and grading queue behind each other). */
    public Optional<QuizAttempt> locked(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<QuizAttempt> attemptsOf(long quizId, long pupilId) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.pupilId = :p and a.startedAt is not null order by a.number", QuizAttempt.class)
                .setParameter("q", quizId).setParameter("p", pupilId).getResultList();
    }

    public List<QuizAttempt> attemptsOf(long quizId) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.startedAt is not null order by a.pupilId, a.number", QuizAttempt.class)
                .setParameter("q", quizId).getResultList();
    }

    /** The pupil's attempts at the quiz, the prepared one too (the start decides between them with one read). */
    public List<QuizAttempt> everyAttemptOf(long quizId, long pupilId) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.pupilId = :p order by a.number", QuizAttempt.class)
                .setParameter("q", quizId).setParameter("p", pupilId).getResultList();
    }

    /** The pupil's attempt of that number as last committed (a locking read, past the transaction's snapshot). */
    public Optional<QuizAttempt> numbered(long quizId, long pupilId, int number) {
        return em.createQuery("select a from QuizAttempt a where a.quizId = :q and a.pupilId = :p and a.number = :n", QuizAttempt.class)
                .setParameter("q", quizId).setParameter("p", pupilId).setParameter("n", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The attempt as last committed (a locking read, past the transaction's snapshot); empty if it was deleted. */
    public Optional<QuizAttempt> latest(QuizAttempt attempt) {
        em.detach(attempt);
        return locked(attempt.id());
    }

    /**
     * Writes a prepared attempt unless its number is already taken (the same pupil's other tab or
     * start came first: the unique key decides, without failing the transaction); its id if written.
     */
    public Optional<Long> addPrepared(QuizAttempt attempt) {
        int written = em.createNativeQuery("""
                        INSERT IGNORE INTO core_quiz_attempt (quiz_id, pupil_id, number, seed, prepared_at, max_score)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, attempt.quizId()).setParameter(2, attempt.pupilId()).setParameter(3, attempt.number())
                .setParameter(4, attempt.seed()).setParameter(5, SqlValues.timestamp(attempt.preparedAt())).setParameter(6, attempt.maxScore())
                .executeUpdate();
        if (written == 0) {
            return Optional.empty();
        }
        return Optional.of(SqlValues.id(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()));
    }

    /**
     * Starts a prepared attempt: its clock runs from {@code now}. The one cheap statement of a
     * synchronized start; false when another start of the same pupil or a teacher's edit came first.
     */
    public boolean start(long attemptId, Instant now, Instant endsAt) {
        Timestamp end = endsAt == null ? null : SqlValues.timestamp(endsAt); // no limit and no closing: never ends
        return em.createNativeQuery("UPDATE core_quiz_attempt SET started_at = ?1, ends_at = ?2 WHERE id = ?3 AND started_at IS NULL")
                .setParameter(1, SqlValues.timestamp(now)).setParameter(2, end).setParameter(3, attemptId).executeUpdate() == 1;
    }

    /** Deletes the quiz's prepared attempts (their answer rows follow): drawn from slots a teacher has just changed. */
    public int discardPrepared(long quizId) {
        return em.createNativeQuery("DELETE FROM core_quiz_attempt WHERE quiz_id = ?1 AND started_at IS NULL").setParameter(1, quizId).executeUpdate();
    }

    public void add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush(); // the id, for the answer rows
    }

    /** Every answer row of a new attempt in one INSERT (the start of a whole class stays cheap). */
    public void insertAnswers(long attemptId, List<AnswerRow> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO core_quiz_answer (attempt_id, slot, question_id, points, response) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, '[]')");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (AnswerRow row : rows) {
            insert.setParameter(p++, attemptId).setParameter(p++, row.slot()).setParameter(p++, row.questionId()).setParameter(p++, row.points());
        }
        insert.executeUpdate();
    }

    public List<AnswerRow> answers(long attemptId) {
        return rows(em.createNativeQuery("SELECT " + ANSWER_COLUMNS + " FROM core_quiz_answer WHERE attempt_id = ?1 ORDER BY slot")
                .setParameter(1, attemptId).getResultList());
    }

    public List<AnswerRow> answers(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("SELECT " + ANSWER_COLUMNS + " FROM core_quiz_answer WHERE attempt_id IN ("
                + String.join(",", attemptIds.stream().map(String::valueOf).toList()) + ") ORDER BY attempt_id, slot").getResultList());
    }

    public Optional<AnswerRow> answer(long attemptId, int slot) {
        return rows(em.createNativeQuery("SELECT " + ANSWER_COLUMNS + " FROM core_quiz_answer WHERE attempt_id = ?1 AND slot = ?2")
                .setParameter(1, attemptId).setParameter(2, slot).getResultList()).stream().findFirst();
    }

    /** Answers to a question in submitted attempts (for a regrade). */
    public List<AnswerRow> submittedAnswersTo(long questionId) {
        return rows(em.createNativeQuery("SELECT a.attempt_id, a.slot, a.question_id, a.points, a.response, a.version, a.last_save_id,"
                + " a.score, a.manual, a.graded_by FROM core_quiz_answer a JOIN core_quiz_attempt t ON t.id = a.attempt_id"
                + " WHERE a.question_id = ?1 AND t.submitted_at IS NOT NULL").setParameter(1, questionId).getResultList());
    }

    /**
     * The save itself: applied only if the attempt is the pupil's, started, still takes answers at
     * {@code now} (end + grace) and the answer is at {@code baseVersion}. The join takes the
     * attempt's row in share mode, so a concurrent submit waits for this save (or this save sees it).
     */
    public boolean save(long attemptId, long pupilId, int slot, String response, long baseVersion, String saveId, Instant now) {
        return em.createNativeQuery("""
                        UPDATE core_quiz_answer a JOIN core_quiz_attempt t ON t.id = a.attempt_id
                           SET a.response = ?1, a.version = a.version + 1, a.last_save_id = ?2, a.saved_at = ?3
                         WHERE a.attempt_id = ?4 AND a.slot = ?5 AND a.version = ?6 AND t.pupil_id = ?7
                           AND t.started_at IS NOT NULL AND t.submitted_at IS NULL AND (t.ends_at IS NULL OR t.ends_at >= ?8)""")
                .setParameter(1, response).setParameter(2, saveId).setParameter(3, SqlValues.timestamp(now))
                .setParameter(4, attemptId).setParameter(5, slot).setParameter(6, baseVersion).setParameter(7, pupilId)
                .setParameter(8, SqlValues.timestamp(now.minus(AttemptClock.GRACE))).executeUpdate() == 1;
    }

    /** Marks the attempt submitted unless it already is; whether this call did it. */
    public boolean markSubmitted(long attemptId, Instant now, String by) {
        return em.createNativeQuery("UPDATE core_quiz_attempt SET submitted_at = ?1, submitted_by = ?2 WHERE id = ?3 AND submitted_at IS NULL")
                .setParameter(1, SqlValues.timestamp(now)).setParameter(2, by).setParameter(3, attemptId).executeUpdate() == 1;
    }

    public void score(long attemptId, int slot, BigDecimal score, boolean manual, Long gradedBy) {
        em.createNativeQuery("UPDATE core_quiz_answer SET score = ?1, manual = ?2, graded_by = ?3 WHERE attempt_id = ?4 AND slot = ?5")
                .setParameter(1, score).setParameter(2, manual).setParameter(3, gradedBy).setParameter(4, attemptId).setParameter(5, slot)
                .executeUpdate();
    }

    /** Ids of started, unsubmitted attempts whose end plus grace is before {@code now}, oldest first. */
    public List<Long> overdue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM core_quiz_attempt WHERE submitted_at IS NULL AND started_at IS NOT NULL AND ends_at < ?1 ORDER BY ends_at LIMIT ?2")
                .setParameter(1, SqlValues.timestamp(now.minus(AttemptClock.GRACE))).setParameter(2, limit).getResultList();
        return ids.stream().map(SqlValues::id).toList();
    }

    public void refresh(QuizAttempt attempt) {
        em.flush();
        em.refresh(attempt);
    }

    @SuppressWarnings("unchecked")
    private static List<AnswerRow> rows(List<?> result) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) result) {
            rows.add(new AnswerRow(SqlValues.id(r[0]), SqlValues.integer(r[1]), SqlValues.id(r[2]), SqlValues.decimal(r[3]), (String) r[4],
                    SqlValues.id(r[5]), (String) r[6], SqlValues.decimal(r[7]), SqlValues.flag(r[8]), SqlValues.id(r[9])));
        }
        return rows;
    }
}
