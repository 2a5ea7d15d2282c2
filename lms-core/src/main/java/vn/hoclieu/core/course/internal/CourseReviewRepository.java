package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.course.CourseRating;
import vn.hoclieu.core.course.model.CourseReview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Learners' reviews of courses. */
@ApplicationScoped
public class CourseReviewRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    /** One row per learner and course, whoever writes first: the unique key decides, so two tabs saving at once make one review. */
    void upsert(long courseId, long learnerId, int stars, String body, Instant now) {
        em.createNativeQuery("""
                INSERT INTO core_course_review (course_id, learner_id, stars, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                ON DUPLICATE KEY UPDATE stars = VALUES(stars), body = VALUES(body), updated_at = VALUES(updated_at)""")
                .setParameter(1, courseId).setParameter(2, learnerId).setParameter(3, stars).setParameter(4, body)
                .setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    Optional<CourseReview> of(long courseId, long learnerId) {
        return em.createQuery("select r from CourseReview r where r.courseId = :c and r.learnerId = :l", CourseReview.class)
                .setParameter("c", courseId).setParameter("l", learnerId).getResultStream().findFirst();
    }

    Optional<CourseReview> find(long reviewId) {
        return Optional.ofNullable(em.find(CourseReview.class, reviewId));
    }

    List<CourseReview> latestVisible(long courseId, int limit) {
        return em.createQuery("select r from CourseReview r where r.courseId = :c and r.hiddenAt is null order by r.updatedAt desc, r.id desc",
                CourseReview.class).setParameter("c", courseId).setMaxResults(limit).getResultList();
    }

    public Map<Long, CourseRating> ratings(Collection<Long> courseIds) {
        Map<Long, CourseRating> ratings = new HashMap<>();
        if (courseIds.isEmpty()) {
            return ratings;
        }
        List<Object[]> rows = em.createQuery("select r.courseId, sum(r.stars), count(r) from CourseReview r"
                + " where r.courseId in :ids and r.hiddenAt is null group by r.courseId", Object[].class)
                .setParameter("ids", courseIds).getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            BigDecimal average = BigDecimal.valueOf(((Number) row[1]).longValue()).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
            ratings.put(((Number) row[0]).longValue(), new CourseRating(average, count));
        }
        return ratings;
    }
}
