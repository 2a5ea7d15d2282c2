package vn.hoclieu.core.assignment.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.model.RubricLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeRulesTest {

    private static final List<RubricLine> RUBRIC = List.of(new RubricLine("Lời giải", new BigDecimal("6")),
            new RubricLine("Trình bày", new BigDecimal("4")));

    @Test
    void rubricPointsAreFoundByCriterionOrByPosition() {
        assertThat(GradeRules.rubricPoints(RUBRIC, Map.of("Lời giải", new BigDecimal("5"), "1", new BigDecimal("3.5"))))
                .containsExactly(new BigDecimal("5.0"), new BigDecimal("3.5"));
    }

    @Test
    void everyCriterionNeedsPointsWithinItsMaximum() {
        assertThatThrownBy(() -> GradeRules.rubricPoints(RUBRIC, Map.of("Lời giải", new BigDecimal("5"))))
                .isInstanceOf(InvalidAssignmentException.class);
        assertThatThrownBy(() -> GradeRules.rubricPoints(RUBRIC, Map.of("0", new BigDecimal("7"), "1", new BigDecimal("1"))))
                .isInstanceOf(InvalidAssignmentException.class);
        assertThatThrownBy(() -> GradeRules.rubricPoints(RUBRIC, Map.of("0", new BigDecimal("-1"), "1", new BigDecimal("1"))))
                .isInstanceOf(InvalidAssignmentException.class);
    }
}
