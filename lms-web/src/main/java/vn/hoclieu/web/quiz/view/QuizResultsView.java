package vn.hoclieu.web.quiz.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.quiz.GradingItem;
import vn.hoclieu.core.quiz.ItemReport;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quiz's results for its class's teachers (app/quiz-results.xhtml?id=): each pupil's attempts
 * and grade, the essays to grade, and item statistics (facility, discrimination, answer frequencies).
 */
@Named
@ViewScoped
public class QuizResultsView implements Serializable {

    @Inject
    QuizService quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private long id;
    private transient QuizDetails quiz;
    private transient List<PupilResult> results;
    private transient List<GradingItem> essays;
    private transient List<ItemReport> statistics;
    /** "attemptId.slot" → points typed for that essay */
    private final Map<String, BigDecimal> grades = new HashMap<>();

    public void open() {
        try {
            load();
        } catch (QuizException refused) {
            ContributorPage.refuse(404);
        }
    }

    private void load() {
        Account me = currentUser.required();
        quiz = quizzes.quiz(id, me);
        results = quizzes.results(id, me);
        essays = quizzes.gradingQueue(id, me);
        statistics = quizzes.statistics(id, me);
        essays.forEach(e -> grades.putIfAbsent(key(e), e.points()));
    }

    public String publish() {
        try {
            quizzes.publish(id, currentUser.required());
        } catch (QuizException refused) {
            messages.errorAt(null, "quiz.error." + refused.code());
            return null;
        }
        messages.info("quiz.results.published");
        return again();
    }

    public String grade(long attemptId, int slot) {
        BigDecimal points = grades.get(attemptId + "." + slot);
        if (points == null) {
            messages.errorAt(null, "quiz.error.points_range");
            return null;
        }
        try {
            quizzes.grade(attemptId, slot, currentUser.required(), points);
        } catch (QuizException refused) {
            messages.errorAt(null, "quiz.error." + refused.code());
            return null;
        }
        messages.info("quiz.results.graded");
        return again();
    }

    /** The essay's place in the grades typed on the page. */
    public String key(GradingItem essay) {
        return essay.attemptId() + "." + essay.slot();
    }

    private String again() {
        messages.acrossRedirect();
        return "/app/quiz-results.xhtml?faces-redirect=true&id=" + id;
    }

    /** A share 0–1 as a percentage, or a dash when there is not enough data. */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    /** A coefficient −1–1 with two decimals, or a dash. */
    public String coefficient(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    public String moment(java.time.Instant at) {
        return VietnamTime.format(at);
    }

    public QuizDetails getQuiz() {
        if (quiz == null) {
            load();
        }
        return quiz;
    }

    public List<PupilResult> getResults() {
        if (results == null) {
            load();
        }
        return results;
    }

    public List<GradingItem> getEssays() {
        if (essays == null) {
            load();
        }
        return essays;
    }

    public List<ItemReport> getStatistics() {
        if (statistics == null) {
            load();
        }
        return statistics;
    }

    public Map<String, BigDecimal> getGrades() { return grades; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
