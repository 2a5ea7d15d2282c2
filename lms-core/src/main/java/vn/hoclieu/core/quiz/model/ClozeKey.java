package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A text with gaps, each an inline choice ({@link SingleChoiceKey}), a typed word
 * ({@link ShortTextKey}) or a number ({@link NumericKey}); each right gap earns its share. The
 * response holds one value per gap, in order.
 */
public record ClozeKey(List<AnswerKey> gaps) implements AnswerKey {

    public ClozeKey {
        if (gaps.isEmpty()) {
            throw new IllegalArgumentException("a cloze question needs a gap");
        }
        if (gaps.stream().anyMatch(g -> !(g instanceof SingleChoiceKey || g instanceof ShortTextKey || g instanceof NumericKey))) {
            throw new IllegalArgumentException("a gap is an inline choice, a word or a number");
        }
        gaps = List.copyOf(gaps);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        long right = 0;
        for (int i = 0; i < gaps.size() && i < response.values().size(); i++) {
            if (gaps.get(i).score(Response.of(response.values().get(i)), BigDecimal.ONE).points().signum() > 0) {
                right++;
            }
        }
        return ItemScore.fraction(points, ItemScore.share(right, gaps.size()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }
}
