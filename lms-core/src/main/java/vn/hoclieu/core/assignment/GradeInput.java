package vn.hoclieu.core.assignment;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A teacher's grade: a score (SCORE_10 without rubric), a rating code (other scales) or points per
 * rubric criterion (keyed by the criterion's text or its position from 0), and feedback HTML.
 */
public record GradeInput(BigDecimal score, String rating, Map<String, BigDecimal> rubricPoints,
                         @Size(max = 100_000, message = "{assignment.feedback.size}") String feedback) {
}
