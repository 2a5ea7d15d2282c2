package vn.hoclieu.web.quiz.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A quiz's page (app/quiz.xhtml?id=): what the quiz is, the pupil's attempts with their reviews,
 * and the place where quiz-taker.js starts or resumes an attempt (prepared when the page opens).
 * Anyone outside the class: 404.
 */
@Named
@ViewScoped
public class QuizPageView implements Serializable {

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient QuizDetails quiz;
    private transient List<PupilResult.Attempt> mine;

    public void open() {
        try {
            load();
        } catch (QuizException refused) {
            ContributorPage.refuse(404);
            return;
        }
        prepare();
    }

    /**
     * A pupil who opens the page gets their next attempt prepared, so that pressing "start" with the
     * whole class costs one UPDATE. Too early, closed or no attempts left: nothing to prepare, and
     * the page says so itself (the start would refuse with the reason).
     */
    private void prepare() {
        Account me = currentUser.required();
        if (!taker(me)) {
            return;
        }
        try {
            attempts.prepare(id, me);
        } catch (QuizException nothingToPrepare) {
            // the page already shows why it cannot start
        }
    }

    private void load() {
        Account me = currentUser.required();
        quiz = quizzes.quiz(id, me);
        mine = taker(me) ? attempts.mine(id, me) : List.of();
    }

    public QuizDetails getQuiz() {
        if (quiz == null) {
            load();
        }
        return quiz;
    }

    public List<PupilResult.Attempt> getAttempts() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public boolean isPupil() {
        return taker(currentUser.required());
    }

    /** A class's pupils take its quizzes; an open course's quiz is taken by whoever reads it but did not set it (its learners). */
    private boolean taker(Account me) {
        QuizDetails q = getQuiz();
        return q.courseId() != null ? q.teacherId() != me.id() : me.has(Role.STUDENT);
    }

    /** The attempt in progress, which the page resumes at once; null when there is none. */
    public Long getInProgress() {
        return getAttempts().stream().filter(a -> a.submittedAt() == null).map(PupilResult.Attempt::id).findFirst().orElse(null);
    }

    /** Whether the pupil may start a new attempt (or resume one). */
    public boolean isCanStart() {
        QuizDetails q = getQuiz();
        Instant now = Instant.now();
        boolean open = (q.opensAt() == null || !now.isBefore(q.opensAt())) && (q.closesAt() == null || now.isBefore(q.closesAt()));
        boolean left = q.attemptsAllowed() == 0 || getAttempts().size() < q.attemptsAllowed();
        return getInProgress() != null || (q.published() && open && left);
    }

    public String moment(Instant at) {
        return VietnamTime.format(at);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
