package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseRating;
import vn.hoclieu.core.course.CourseReviewPage;
import vn.hoclieu.core.course.CourseReviews;
import vn.hoclieu.core.course.HidingInput;
import vn.hoclieu.core.course.PublicReview;
import vn.hoclieu.core.course.ReviewInput;
import vn.hoclieu.core.course.model.CourseReview;
import vn.hoclieu.core.course.model.OpenCourse;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultCourseReviews implements CourseReviews {

    @Inject
    CourseRepository courses;

    @Inject
    CourseReviewRepository reviews;

    @Inject
    PublishedCarriers publishedCarriers;

    @Inject
    AccountService accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseReviewPage of(long courseId, int limit) {
        published(courseId);
        List<CourseReview> latest = reviews.latestVisible(courseId, Math.clamp(limit, 1, 50));
        Map<Long, String> names = accounts.displayNames(latest.stream().map(CourseReview::learnerId).toList());
        return new CourseReviewPage(courseId, ratings(List.of(courseId)).getOrDefault(courseId, CourseRating.NONE),
                latest.stream().map(r -> shown(r, names.get(r.learnerId()))).toList());
    }

    @Override
    public PublicReview rate(long courseId, Account learner, ReviewInput review) {
        published(courseId);
        if (courses.enrolment(courseId, learner.id()).isEmpty()) {
            throw new CourseException(CourseException.Kind.FORBIDDEN, "review_not_enrolled");
        }
        reviews.upsert(courseId, learner.id(), review.stars(), ReviewText.plain(review.text()), Instant.now());
        return mine(courseId, learner).orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicReview> mine(long courseId, Account learner) {
        return reviews.of(courseId, learner.id()).map(r -> shown(r, learner.displayName()));
    }

    @Override
    public void hide(long courseId, long reviewId, Account admin, HidingInput hiding) {
        if (!admin.has(Role.DISTRICT_ADMIN)) {
            throw new CourseException(CourseException.Kind.FORBIDDEN, "review_moderation");
        }
        CourseReview review = reviews.find(reviewId).filter(r -> r.courseId() == courseId).orElseThrow(CourseException::notFound);
        review.hide(admin.id(), hiding.reason().strip(), Instant.now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, CourseRating> ratings(Collection<Long> courseIds) {
        return reviews.ratings(courseIds);
    }

    private OpenCourse published(long courseId) {
        return courses.course(courseId).filter(c -> publishedCarriers.contains(c.carrierMaterialId())).orElseThrow(CourseException::notFound);
    }

    private static PublicReview shown(CourseReview r, String displayName) {
        return new PublicReview(r.id(), r.stars(), r.body(), ReviewerName.of(displayName), r.updatedAt());
    }
}
