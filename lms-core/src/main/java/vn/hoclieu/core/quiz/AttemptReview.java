package vn.hoclieu.core.quiz;

import jakarta.json.JsonObject;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.ReviewPolicy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A finished (or running) attempt as the quiz's review policy lets its pupil see it now; its
 * class's teachers see every part. Parts not shown are null.
 */
public record AttemptReview(long id, long quizId, long pupilId, Instant submittedAt, Set<ReviewPolicy.Part> shown,
                            BigDecimal score, BigDecimal maxScore, Integer waitingForGrading, List<Item> questions) {

    public record Item(int slot, String title, String stem, List<Choice> choices, List<Choice> targets,
                       List<List<Choice>> gapChoices, BigDecimal maxPoints, List<String> response, Boolean correct,
                       BigDecimal points, JsonObject rightAnswer) {
    }
}
