package vn.hoclieu.core.quiz.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The questions of one attempt, decided once when the attempt is prepared and then frozen: the
 * quiz's slots in order, each a fixed question or a random draw from a bank category (never the
 * same question twice in an attempt), optionally shuffled. The seed is stored with the attempt, so
 * the option order of every question can be derived again the same way.
 */
public final class QuestionDraw {

    /** One place of a quiz: a fixed question, or {@code count} drawn from a category's questions. */
    public sealed interface Slot permits Fixed, FromCategory {
    }

    public record Fixed(long questionId) implements Slot {
    }

    public record FromCategory(List<Long> categoryQuestionIds, int count) implements Slot {
        public FromCategory {
            if (count < 1) {
                throw new IllegalArgumentException("a draw takes one question or more");
            }
            categoryQuestionIds = List.copyOf(categoryQuestionIds);
        }
    }

    /** A category holds fewer questions than the quiz draws from it (after the fixed ones). */
    public static final class NotEnoughQuestionsException extends RuntimeException {
        public NotEnoughQuestionsException(int wanted, int available) {
            super("wanted " + wanted + " questions, the category has " + available + " not already in the quiz");
        }
    }

    private QuestionDraw() {
    }

    public static List<Long> draw(List<Slot> slots, boolean shuffle, long seed) {
        Random random = new Random(seed);
        Set<Long> taken = new LinkedHashSet<>();
        slots.stream().filter(Fixed.class::isInstance).map(s -> ((Fixed) s).questionId()).forEach(taken::add);
        List<Long> questions = new ArrayList<>();
        for (Slot slot : slots) {
            switch (slot) {
                case Fixed f -> questions.add(f.questionId());
                case FromCategory c -> {
                    List<Long> free = new ArrayList<>(c.categoryQuestionIds().stream().filter(id -> !taken.contains(id)).distinct().toList());
                    if (free.size() < c.count()) {
                        throw new NotEnoughQuestionsException(c.count(), free.size());
                    }
                    Collections.shuffle(free, random);
                    List<Long> drawn = free.subList(0, c.count());
                    taken.addAll(drawn);
                    questions.addAll(drawn);
                }
            }
        }
        if (shuffle) {
            Collections.shuffle(questions, random);
        }
        return List.copyOf(questions);
    }

    /** The order options of one question are shown in, for this attempt (same seed, same order). */
    public static <T> List<T> optionOrder(List<T> options, long attemptSeed, long questionId) {
        List<T> order = new ArrayList<>(options);
        Collections.shuffle(order, new Random(attemptSeed * 31 + questionId));
        return List.copyOf(order);
    }
}
