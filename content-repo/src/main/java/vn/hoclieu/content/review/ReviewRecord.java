package vn.hoclieu.content.review;

import vn.hoclieu.content.material.MaterialStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything reviewers said about a material, round by round: what the author reads in one place. */
public record ReviewRecord(long materialId, MaterialStatus status, int requiredApprovals, BigDecimal minimumAverage,
                           List<Round> rounds) {

    /** One round of one version: its reviews, how many approved and their average score. */
    public record Round(int versionNumber, int round, long approvals, BigDecimal average, List<Entry> reviews) {
    }

    public record Entry(long reviewId, long reviewerId, ReviewDecision decision, String comment, BigDecimal average,
                        Instant at, List<Score> scores) {
    }

    public record Score(String criterion, int score, String comment) {
    }
}
