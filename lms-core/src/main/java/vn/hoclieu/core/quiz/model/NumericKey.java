package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number within a tolerance of the right value (inclusive). Pupils write decimals the
 * Vietnamese way ("3,5") or with a point ("3.5"); thousands separators are not accepted, because
 * "1.500" would be ambiguous.
 */
public record NumericKey(BigDecimal value, BigDecimal tolerance) implements AnswerKey {

    public NumericKey {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        return ItemScore.allOrNothing(points,
                parse(response.single()).map(n -> n.subtract(value).abs().compareTo(tolerance) <= 0).orElse(false));
    }

    /** The typed number, if it is one. */
    public static Optional<BigDecimal> parse(String typed) {
        String s = typed.strip().replace('\u2212', '-');
        if (!s.matches("[-+]?\\d+([.,]\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(',', '.')));
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }
}
