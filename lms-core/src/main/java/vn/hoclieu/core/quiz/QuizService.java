package vn.hoclieu.core.quiz;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Quizzes of a class: its teachers set them from the bank and read results, the manual-grading
 * queue and item statistics; its pupils see the published ones. The transaction boundary.
 */
public interface QuizService {

    QuizDetails create(long classId, Account teacher, @Valid QuizInput quiz);

    /**
     * A teacher of the class changes the quiz: everything while nobody has attempted it; afterwards
     * only its times, attempts allowed and review options ({@code quiz_attempted} conflict otherwise).
     */
    QuizDetails update(long quizId, Account teacher, @Valid QuizInput quiz);

    /** A quiz of an open course, set by one of its authors ({@link QuizAudience}). */
    QuizDetails createInCourse(long courseId, Account author, @Valid QuizInput quiz);

    /** The class's quizzes: all for its teachers, the published ones for its pupils. */
    List<QuizDetails> quizzesOf(long classId, Account reader);

    QuizDetails quiz(long quizId, Account reader);

    QuizDetails publish(long quizId, Account teacher);

    List<PupilResult> results(long quizId, Account teacher);

    /** Essays of finished attempts, waiting ones first. */
    List<GradingItem> gradingQueue(long quizId, Account teacher);

    /** A teacher grades an essay (0 to the slot's points); the attempt's score follows. */
    GradingItem grade(long attemptId, int slot, Account teacher, BigDecimal points);

    List<ItemReport> statistics(long quizId, Account teacher);

    /**
     * The quiz as a QTI 2.1 content package, for its class's teachers: its questions, and a test
     * with its slots in order (a draw as a section of its category's questions with a selection).
     */
    QtiPackage exportQti(long quizId, Account teacher);

    /** The results and item statistics as an XLSX file ({@link QuizResultsWorkbook}); {@code text} gives the reader's words. */
    byte[] resultsWorkbook(long quizId, Account teacher, UnaryOperator<String> text);

    /**
     * Pupil id → grade on 10 by the quiz's grading method, for those of {@code pupilIds} with a fully
     * graded attempt (for the gradebook).
     */
    Map<Long, BigDecimal> grades(long quizId, Set<Long> pupilIds);
}
