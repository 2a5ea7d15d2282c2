package vn.hoclieu.content.review.internal;

import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.model.Review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;

/** Groups a material's reviews into rounds (per version), oldest first, for the composite result. */
final class RecordAssembly {

    private RecordAssembly() {
    }

    static List<ReviewRecord.Round> rounds(List<Review> reviews, LongToIntFunction versionNumber) {
        Map<String, List<Review>> byRound = new LinkedHashMap<>();
        for (Review r : reviews) {
            byRound.computeIfAbsent(r.versionId() + "/" + r.round(), k -> new ArrayList<>()).add(r);
        }
        return byRound.values().stream().map(rs -> round(rs, versionNumber)).toList();
    }

    private static ReviewRecord.Round round(List<Review> reviews, LongToIntFunction versionNumber) {
        Review first = reviews.getFirst();
        long approvals = reviews.stream().filter(r -> r.decision() == ReviewDecision.APPROVE).count();
        BigDecimal average = reviews.stream().map(Review::averageScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
        return new ReviewRecord.Round(versionNumber.applyAsInt(first.versionId()), first.round(), approvals, average,
                reviews.stream().map(RecordAssembly::entry).toList());
    }

    private static ReviewRecord.Entry entry(Review r) {
        return new ReviewRecord.Entry(r.id(), r.reviewerId(), r.decision(), r.comment(), r.averageScore(), r.createdAt(),
                r.scores().stream().map(s -> new ReviewRecord.Score(s.criterionCode(), s.score(), s.comment())).toList());
    }
}
