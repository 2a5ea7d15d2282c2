package vn.hoclieu.content.review;

import jakarta.validation.Valid;

import java.util.List;

/** The district admin's settings for review: pools, policy and rubric. Callers check the role. */
public interface ReviewAdministration {

    PolicySettings policy();

    PolicySettings configure(@Valid PolicySettings policy);

    List<PoolSettings> pools();

    /** Creates (id null) or replaces a pool. */
    PoolSettings savePool(@Valid PoolSettings pool);

    List<RubricCriterion> criteria();

    /** Creates or replaces a criterion; retiring one is {@code active = false} (old scores keep it). */
    RubricCriterion saveCriterion(@Valid RubricCriterion criterion);
}
