package vn.hoclieu.web.course.view;

import vn.hoclieu.content.material.EventAction;
import vn.hoclieu.content.material.HistoryEntry;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What a reviewer wrote when deciding on a course's carrier material, as its author reads it beside the course. */
public record ReviewerComment(EventAction action, String comment, Instant at) implements Serializable {

    private static final Set<EventAction> DECISIONS = Set.of(EventAction.APPROVED, EventAction.CHANGES_REQUESTED,
            EventAction.REJECTED, EventAction.RETURNED);

    /**
     * The reviewers' comments on the latest reviewed version, newest first: the author answers those,
     * not the ones an earlier version already settled. Decisions without a comment say nothing to answer.
     */
    public static List<ReviewerComment> latest(List<HistoryEntry> history) {
        List<HistoryEntry> decisions = history.stream().filter(e -> DECISIONS.contains(e.action())).toList();
        int version = decisions.stream().mapToInt(HistoryEntry::versionNumber).max().orElse(0);
        return decisions.stream()
                .filter(e -> e.versionNumber() == version && e.comment() != null && !e.comment().isBlank())
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .map(e -> new ReviewerComment(e.action(), e.comment().strip(), e.at()))
                .toList();
    }
}
