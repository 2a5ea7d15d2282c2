package vn.hoclieu.core.course;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Learners' ratings and reviews of published open courses. Whoever enrolled (learner, pupil or
 * teacher) rates once and may edit; anyone reads; a district admin hides an abusive review, which
 * then counts nowhere. The transaction boundary; refusals are {@link CourseException}s.
 */
public interface CourseReviews {

    int LATEST = 10;

    /** The rating and the latest reviews of a published course (404 otherwise). */
    CourseReviewPage of(long courseId, int limit);

    /** Rates the course or edits one's rating; forbidden unless enrolled. */
    PublicReview rate(long courseId, Account learner, @Valid ReviewInput review);

    Optional<PublicReview> mine(long courseId, Account learner);

    /** District admins only. */
    void hide(long courseId, long reviewId, Account admin, @Valid HidingInput hiding);

    /** Ratings of these courses (absent: nobody rated), for cards and dashboards. */
    Map<Long, CourseRating> ratings(Collection<Long> courseIds);
}
