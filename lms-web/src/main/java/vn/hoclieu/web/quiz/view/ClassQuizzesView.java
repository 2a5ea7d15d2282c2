package vn.hoclieu.web.quiz.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.core.VietnamTime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "Bài kiểm tra" section of a class page: all the class's quizzes for its teachers, the
 * published ones for its pupils, each with where the pupil stands (not started, in progress, handed in).
 */
@Named
@RequestScoped
public class ClassQuizzesView {

    /** A quiz as a line of the class page; {@code state} only for pupils. */
    public record Line(QuizDetails quiz, QuizState state) {
    }

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, List<Line>> byClass = new ConcurrentHashMap<>();

    public List<Line> of(long classId) {
        return byClass.computeIfAbsent(classId, this::lines);
    }

    private List<Line> lines(long classId) {
        Account me = currentUser.required();
        try {
            boolean pupil = me.has(Role.STUDENT);
            return quizzes.quizzesOf(classId, me).stream()
                    .map(q -> new Line(q, pupil ? QuizState.of(attempts.mine(q.id(), me)) : null)).toList();
        } catch (QuizException outside) {
            return List.of(); // the class page itself already refused strangers
        }
    }

    public String moment(Instant at) {
        return VietnamTime.format(at);
    }
}
