package vn.hoclieu.content.review;

import org.junit.jupiter.api.Test;
import vn.hoclieu.content.review.model.ReviewPool;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPoolFitTest {

    private static ReviewPool pool(String subject, GradeLevel level) {
        return new ReviewPool("p", subject, level, Set.of(1L, 2L));
    }

    @Test
    void aPoolForEverySubjectAndLevelFitsAnything() {
        assertThat(pool(null, null).fit("TOAN", Set.of(3))).isZero();
    }

    @Test
    void aPoolOfAnotherSubjectOrLevelDoesNotFit() {
        assertThat(pool("TIENG_VIET", null).fit("TOAN", Set.of(3))).isNegative();
        assertThat(pool(null, GradeLevel.LOWER_SECONDARY).fit("TOAN", Set.of(3))).isNegative();
    }

    @Test
    void aNamedSubjectFitsBetterThanANamedLevelWhichFitsBetterThanNeither() {
        int subjectOnly = pool("TOAN", null).fit("TOAN", Set.of(7));
        int levelOnly = pool(null, GradeLevel.LOWER_SECONDARY).fit("TOAN", Set.of(7));
        int both = pool("TOAN", GradeLevel.LOWER_SECONDARY).fit("TOAN", Set.of(7));

        assertThat(both).isGreaterThan(subjectOnly);
        assertThat(subjectOnly).isGreaterThan(levelOnly);
        assertThat(levelOnly).isGreaterThan(pool(null, null).fit("TOAN", Set.of(7)));
    }

    @Test
    void aMaterialForSeveralGradesFitsALevelCoveringAnyOfThem() {
        assertThat(pool(null, GradeLevel.LOWER_SECONDARY).fit("TOAN", Set.of(5, 6))).isPositive();
    }
}
