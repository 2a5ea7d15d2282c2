package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.model.QuestionCategory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which categories a teacher may use: their own, and those of a subject they teach whose set is
 * published through review ({@link QuestionSetCarrier}). A category is shared whole, so the
 * questions a quiz may draw are all those of the categories it may use.
 */
@ApplicationScoped
class SharedSets {

    @Inject
    QuestionBankRepository bank;

    @Inject
    QuestionSetCarrier carrier;

    /** The category if the teacher may use it; anything else is "not found" (a colleague's unshared set is not there for them). */
    QuestionCategory usable(long categoryId, Account teacher) {
        QuestionCategory category = bank.category(categoryId).orElseThrow(QuizException::notFound);
        if (!usable(category, teacher.id()) || !teacher.has(Role.TEACHER)) {
            throw QuizException.notFound();
        }
        return category;
    }

    boolean usable(QuestionCategory category, long teacherId) {
        return category.ownerId() == teacherId || bank.teachesSubject(teacherId, category.subjectId()) && carrier.published(category);
    }

    /**
     * Ids of the questions a quiz by {@code teacherId} may draw from these categories, per category:
     * one query for the questions, and a look at the carrier only for colleagues' categories.
     */
    Map<Long, List<Long>> drawable(Collection<Long> categoryIds, long teacherId) {
        List<Long> usable = categoryIds.stream().distinct()
                .filter(id -> bank.category(id).map(c -> usable(c, teacherId)).orElse(false)).toList();
        return bank.questionIdsIn(usable);
    }
}
