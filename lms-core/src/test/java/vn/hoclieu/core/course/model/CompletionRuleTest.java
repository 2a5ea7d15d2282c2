package vn.hoclieu.core.course.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionRuleTest {

    private static final CompletionRule.Unit MATERIAL = new CompletionRule.Unit(1, UnitKind.MATERIAL);
    private static final CompletionRule.Unit PAGE = new CompletionRule.Unit(2, UnitKind.PAGE);
    private static final CompletionRule.Unit QUIZ = new CompletionRule.Unit(3, UnitKind.QUIZ);
    private static final List<CompletionRule.Unit> COURSE = List.of(MATERIAL, PAGE, QUIZ);

    @Test
    void aCourseIsCompleteWhenEveryUnitIsCompletedAndEveryQuizPassed() {
        assertThat(CompletionRule.complete(COURSE, Map.of(1L, UnitState.COMPLETED, 2L, UnitState.COMPLETED, 3L, UnitState.PASSED))).isTrue();
    }

    @Test
    void aViewedUnitIsNotDone() {
        assertThat(CompletionRule.complete(COURSE, Map.of(1L, UnitState.VIEWED, 2L, UnitState.COMPLETED, 3L, UnitState.PASSED))).isFalse();
    }

    @Test
    void aQuizMustBePassedNotMerelyCompleted() {
        assertThat(CompletionRule.done(QUIZ, UnitState.COMPLETED)).isFalse();
        assertThat(CompletionRule.done(QUIZ, UnitState.PASSED)).isTrue();
    }

    @Test
    void anAssignmentHandedInIsNotDoneUntilItsGradePassesIt() {
        CompletionRule.Unit assignment = new CompletionRule.Unit(4, UnitKind.ASSIGNMENT);
        List<CompletionRule.Unit> course = List.of(PAGE, assignment);

        assertThat(CompletionRule.done(assignment, UnitState.COMPLETED)).as("handed in").isFalse();
        assertThat(CompletionRule.done(assignment, UnitState.PASSED)).isTrue();
        assertThat(CompletionRule.complete(course, Map.of(2L, UnitState.COMPLETED, 4L, UnitState.COMPLETED))).isFalse();
        assertThat(CompletionRule.complete(course, Map.of(2L, UnitState.COMPLETED, 4L, UnitState.PASSED))).isTrue();
    }

    @Test
    void aCourseWithoutUnitsIsNeverComplete() {
        assertThat(CompletionRule.complete(List.of(), Map.of())).isFalse();
        assertThat(CompletionRule.percent(List.of(), Map.of())).isZero();
    }

    @Test
    void percentCountsUnitsDoneRoundedDownSoOnlyEverythingIsAHundred() {
        assertThat(CompletionRule.percent(COURSE, Map.of())).isZero();
        assertThat(CompletionRule.percent(COURSE, Map.of(1L, UnitState.COMPLETED))).isEqualTo(33);
        assertThat(CompletionRule.percent(COURSE, Map.of(1L, UnitState.COMPLETED, 2L, UnitState.COMPLETED, 3L, UnitState.VIEWED))).isEqualTo(66);
        assertThat(CompletionRule.percent(COURSE, Map.of(1L, UnitState.COMPLETED, 2L, UnitState.COMPLETED, 3L, UnitState.PASSED))).isEqualTo(100);
    }

    @Test
    void aGradeOnTenPassesAtOrAboveTheThresholdPercent() {
        CompletionRule rule = new CompletionRule(70);
        assertThat(rule.passes(new BigDecimal("7.00"))).isTrue();
        assertThat(rule.passes(new BigDecimal("6.99"))).isFalse();
        assertThat(rule.passes(null)).as("not graded yet").isFalse();
        assertThat(new CompletionRule(100).passes(BigDecimal.TEN)).isTrue();
    }

    @Test
    void aStateNeverGoesBack() {
        assertThat(CompletionRule.raise(UnitState.COMPLETED, UnitState.VIEWED)).isEqualTo(UnitState.COMPLETED);
        assertThat(CompletionRule.raise(null, UnitState.VIEWED)).isEqualTo(UnitState.VIEWED);
        assertThat(CompletionRule.raise(UnitState.VIEWED, UnitState.PASSED)).isEqualTo(UnitState.PASSED);
    }

    @Test
    void levelsDeclareTheGradesReviewPoolsCover() {
        assertThat(CourseLevel.PRIMARY.grades()).containsExactly(1, 2, 3, 4, 5);
        assertThat(CourseLevel.LOWER_SECONDARY.grades()).containsExactly(6, 7, 8, 9);
    }
}
