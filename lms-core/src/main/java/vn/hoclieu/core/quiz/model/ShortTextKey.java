package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A typed word or phrase compared with the accepted answers. Spaces at the ends and runs of spaces
 * never matter; case matters only when asked; diacritics matter unless the teacher allows answers
 * typed without them ("Hà Nội" ≈ "Ha Noi" — pupils on phones without a Vietnamese keyboard).
 */
public record ShortTextKey(List<String> accepted, boolean caseSensitive, boolean ignoreDiacritics) implements AnswerKey {

    public ShortTextKey {
        if (accepted.isEmpty() || accepted.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("a short-text question needs an accepted answer");
        }
        accepted = List.copyOf(accepted);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        return ItemScore.allOrNothing(points, matches(response.single()));
    }

    public boolean matches(String answer) {
        String given = comparable(answer);
        return !given.isEmpty() && accepted.stream().map(this::comparable).anyMatch(given::equals);
    }

    private String comparable(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        if (ignoreDiacritics) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        }
        return caseSensitive ? s : s.toLowerCase(Locale.ROOT);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_TEXT;
    }
}
