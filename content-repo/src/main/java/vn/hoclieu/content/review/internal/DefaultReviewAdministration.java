package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.review.PolicySettings;
import vn.hoclieu.content.review.PoolSettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.content.review.model.ReviewCriterion;
import vn.hoclieu.content.review.model.ReviewPolicy;
import vn.hoclieu.content.review.model.ReviewPool;

import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultReviewAdministration implements ReviewAdministration {

    @Inject
    ReviewRepository reviews;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicySettings policy() {
        ReviewPolicy p = reviews.policy();
        return new PolicySettings(p.requiredApprovals(), p.minimumAverage(), p.staleClaimHours());
    }

    @Override
    public PolicySettings configure(PolicySettings policy) {
        reviews.policy().configure(policy.requiredApprovals(), policy.minimumAverage(), policy.staleClaimHours());
        return policy();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoolSettings> pools() {
        return reviews.pools().stream().map(DefaultReviewAdministration::settings).toList();
    }

    @Override
    public PoolSettings savePool(PoolSettings settings) {
        ReviewPool pool;
        if (settings.id() == null) {
            pool = new ReviewPool(settings.name(), settings.subjectCode(), settings.level(), settings.reviewerIds());
            reviews.add(pool);
        } else {
            pool = reviews.pool(settings.id()).orElseThrow(() -> new MaterialNotFoundException(settings.id()));
            pool.configure(settings.name(), settings.subjectCode(), settings.level(), settings.reviewerIds());
        }
        return settings(pool);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RubricCriterion> criteria() {
        return reviews.criteria().stream()
                .map(c -> new RubricCriterion(c.code(), c.position(), c.labelVi(), c.labelEn(), c.active())).toList();
    }

    @Override
    public RubricCriterion saveCriterion(RubricCriterion criterion) {
        reviews.criterion(criterion.code()).ifPresentOrElse(
                c -> c.relabel(criterion.position(), criterion.labelVi(), criterion.labelEn(), criterion.active()),
                () -> {
                    ReviewCriterion created = new ReviewCriterion(criterion.code(), criterion.position(), criterion.labelVi(), criterion.labelEn());
                    created.relabel(criterion.position(), criterion.labelVi(), criterion.labelEn(), criterion.active());
                    reviews.add(created);
                });
        return criterion;
    }

    private static PoolSettings settings(ReviewPool p) {
        return new PoolSettings(p.id(), p.name(), p.subjectCode(), p.level(), p.reviewerIds());
    }
}
