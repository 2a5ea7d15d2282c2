package vn.hoclieu.core.quiz;

import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.ReviewPolicy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A quiz as its class (or open course: {@code classId} null, {@code courseId} set) sees it; {@code slots} only for its teachers (empty for pupils). */
public record QuizDetails(long id, Long classId, Long courseId, long subjectId, long teacherId, String title, String intro, Instant opensAt,
                          Instant closesAt, Integer timeLimitMinutes, int attemptsAllowed, GradingMethod gradingMethod,
                          boolean shuffleQuestions, boolean shuffleOptions, Map<String, Set<ReviewPolicy.Part>> review,
                          List<SlotInput> slots, int questions, BigDecimal maxScore, boolean published) {
}
