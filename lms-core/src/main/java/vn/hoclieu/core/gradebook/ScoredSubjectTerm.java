package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Circular 22 (secondary): one pupil's scores in one scored subject for one term — the regular
 * scores (ĐĐGtx), the mid-term (ĐĐGgk) and the end-of-term (ĐĐGck) — and the term average
 * ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (number of ĐĐGtx + 5), to one decimal.
 */
public record ScoredSubjectTerm(List<BigDecimal> regular, BigDecimal midTerm, BigDecimal endOfTerm) {

    public ScoredSubjectTerm {
        regular = List.copyOf(regular);
        regular.forEach(Score::requireValid);
        Score.requireValid(midTerm);
        Score.requireValid(endOfTerm);
    }

    /**
     * How many regular scores a term needs (Article 7): 2 for a subject of 35 periods a year or
     * fewer, 3 for more than 35 up to 70, 4 above 70.
     */
    public static int requiredRegularScores(int periodsPerYear) {
        return periodsPerYear <= 35 ? 2 : periodsPerYear <= 70 ? 3 : 4;
    }

    public boolean hasEnoughRegularScores(int periodsPerYear) {
        return regular.size() >= requiredRegularScores(periodsPerYear);
    }

    public BigDecimal average() {
        BigDecimal sum = regular.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(midTerm.multiply(BigDecimal.TWO)).add(endOfTerm.multiply(BigDecimal.valueOf(3)));
        return Score.oneDecimal(sum.divide(BigDecimal.valueOf(regular.size() + 5L), MathContext.DECIMAL64));
    }

    /** The year average ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, to one decimal. */
    public static BigDecimal yearAverage(BigDecimal firstTerm, BigDecimal secondTerm) {
        return Score.oneDecimal(firstTerm.add(secondTerm.multiply(BigDecimal.TWO)).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64));
    }
}
