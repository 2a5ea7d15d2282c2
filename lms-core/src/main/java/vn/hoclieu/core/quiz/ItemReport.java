package vn.hoclieu.core.quiz;

import java.util.Map;

/** Statistics of one question over a quiz's finished attempts; facility 0–1, discrimination −1–1 (null: not enough data). */
public record ItemReport(long questionId, String title, int answers, Double facility, Double discrimination,
                         Map<String, Integer> frequencies) {
}
