package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.review.CriterionScoreInput;
import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.ReviewVerdict;
import vn.hoclieu.content.review.model.CriterionScore;
import vn.hoclieu.content.review.model.ReviewCriterion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What bean validation cannot see: every active criterion scored exactly once and nothing else,
 * and the comment that requesting changes or rejecting must give the author.
 */
@ApplicationScoped
public class VerdictCheck {

    @Inject
    ReviewRepository reviews;

    public List<CriterionScore> scores(ReviewVerdict verdict) {
        boolean needsComment = verdict.decision() != ReviewDecision.APPROVE;
        if (needsComment && (verdict.comment() == null || verdict.comment().isBlank())) {
            throw new InvalidChangeException(verdict.decision() == ReviewDecision.REJECT ? "reason_required" : "comment_required");
        }
        Set<String> active = reviews.criteria().stream().filter(ReviewCriterion::active).map(ReviewCriterion::code)
                .collect(Collectors.toSet());
        List<String> scored = verdict.scores().stream().map(CriterionScoreInput::criterion).toList();
        if (scored.size() != Set.copyOf(scored).size() || !Set.copyOf(scored).equals(active)) {
            throw new InvalidChangeException("rubric_incomplete");
        }
        return verdict.scores().stream()
                .map(s -> new CriterionScore(s.criterion(), s.score(), s.comment() == null || s.comment().isBlank() ? null : s.comment().strip()))
                .toList();
    }
}
