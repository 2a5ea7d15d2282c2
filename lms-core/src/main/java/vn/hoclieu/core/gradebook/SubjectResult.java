package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pupil's result in one subject for one term, computed from the sheet's marks. Secondary scored
 * subjects: the term average (Circular 22, Article 9); commented subjects: Đạt when every assessment
 * was made and all are Đạt (Article 9.1.a), Chưa đạt otherwise; primary: the mid- and end-of-term
 * ratings and the test score (Circular 27, Article 7). When something required is missing the result
 * is left empty and {@code missing} says what ("midterm", "end_of_term", "regular", "marks",
 * "end_of_term_rating", "test").
 */
public record SubjectResult(BigDecimal average, PassFail passFail, SubjectRating midTermRating,
                            SubjectRating endOfTermRating, Integer testScore, String missing) {

    /** One column's kind and this pupil's mark in it (null when none). */
    public record Marked(ColumnKind kind, Mark mark) {
    }

    public static SubjectResult of(SubjectAssessment assessment, List<Marked> marks) {
        if (assessment.primary()) {
            return primary(assessment, marks);
        }
        return assessment.commented() ? commented(marks) : scored(assessment, marks);
    }

    private static SubjectResult scored(SubjectAssessment assessment, List<Marked> marks) {
        List<BigDecimal> regular = new ArrayList<>();
        BigDecimal midTerm = null;
        BigDecimal endOfTerm = null;
        for (Marked m : marks) {
            BigDecimal score = m.mark() == null ? null : m.mark().score();
            if (score == null) {
                continue;
            }
            switch (m.kind()) {
                case REGULAR -> regular.add(score);
                case MIDTERM -> midTerm = score;
                case END_OF_TERM -> endOfTerm = score;
                default -> { }
            }
        }
        String missing = midTerm == null ? "midterm" : endOfTerm == null ? "end_of_term"
                : regular.size() < assessment.regularNeeded() ? "regular" : null;
        BigDecimal average = missing == null ? new ScoredSubjectTerm(regular, midTerm, endOfTerm).average() : null;
        return new SubjectResult(average, null, null, null, null, missing);
    }

    private static SubjectResult commented(List<Marked> marks) {
        List<Marked> assessments = marks.stream().filter(m -> m.kind() == ColumnKind.PASS_FAIL).toList();
        if (assessments.isEmpty() || assessments.stream().anyMatch(m -> m.mark() == null || m.mark().empty())) {
            return new SubjectResult(null, null, null, null, null, "marks");
        }
        boolean allPassed = assessments.stream().allMatch(m -> PassFail.DAT.name().equals(m.mark().rating()));
        return new SubjectResult(null, allPassed ? PassFail.DAT : PassFail.CHUA_DAT, null, null, null, null);
    }

    private static SubjectResult primary(SubjectAssessment assessment, List<Marked> marks) {
        Map<ColumnKind, Mark> latest = new java.util.EnumMap<>(ColumnKind.class);
        marks.stream().filter(m -> m.mark() != null && !m.mark().empty()).forEach(m -> latest.put(m.kind(), m.mark()));
        SubjectRating mid = rating(latest.get(ColumnKind.MIDTERM_RATING));
        SubjectRating end = rating(latest.get(ColumnKind.END_OF_TERM_RATING));
        Mark test = latest.get(ColumnKind.END_OF_TERM_TEST);
        Integer testScore = test == null ? null : test.score().intValue();
        String missing = end == null ? "end_of_term_rating" : assessment.hasTest() && testScore == null ? "test" : null;
        return new SubjectResult(null, null, mid, end, testScore, missing);
    }

    private static SubjectRating rating(Mark mark) {
        return mark == null ? null : SubjectRating.valueOf(mark.rating());
    }
}
