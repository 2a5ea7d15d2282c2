package vn.hoclieu.web.course.view;

import org.junit.jupiter.api.Test;
import vn.hoclieu.content.material.EventAction;
import vn.hoclieu.content.material.HistoryEntry;
import vn.hoclieu.content.material.MaterialStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The author of a course reads what the reviewers wrote about the version she has to answer. */
class ReviewerCommentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theCommentsOfTheLatestReviewedVersionAreShownNewestFirst() {
        List<ReviewerComment> comments = ReviewerComment.latest(List.of(
                entry(1, EventAction.APPROVED, "Tốt", 1),
                entry(2, EventAction.CHANGES_REQUESTED, "Thêm ví dụ", 1)));

        assertThat(comments).extracting(ReviewerComment::comment).containsExactly("Thêm ví dụ", "Tốt");
        assertThat(comments.getFirst().action()).isEqualTo(EventAction.CHANGES_REQUESTED);
    }

    @Test
    void anEarlierVersionsCommentsAreSettledAndNotShown() {
        List<ReviewerComment> comments = ReviewerComment.latest(List.of(
                entry(1, EventAction.CHANGES_REQUESTED, "Thiếu bài kiểm tra", 1),
                entry(3, EventAction.CHANGES_REQUESTED, "Sửa lỗi chính tả", 2)));

        assertThat(comments).extracting(ReviewerComment::comment).containsExactly("Sửa lỗi chính tả");
    }

    @Test
    void theAuthorsOwnNoteAndDecisionsWithoutACommentAreNotReviewersComments() {
        List<ReviewerComment> comments = ReviewerComment.latest(List.of(
                entry(1, EventAction.SUBMITTED, "Mời thầy cô xem giúp", 1),
                entry(2, EventAction.APPROVED, "  ", 1),
                entry(3, EventAction.APPROVED, null, 1)));

        assertThat(comments).isEmpty();
    }

    private static HistoryEntry entry(int hours, EventAction action, String comment, int version) {
        return new HistoryEntry(hours, version, 7L, action, MaterialStatus.IN_REVIEW, null, comment, MONDAY.plusSeconds(3600L * hours));
    }
}
