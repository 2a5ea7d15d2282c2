package vn.hoclieu.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.review.GradeLevel;
import vn.hoclieu.content.review.PoolSettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo district's review pools, seeded with the demo school: two reviewers cover every subject
 * of primary and of lower-secondary school, so that a demo material can be published; a third
 * reviews only lower-secondary mathematics.
 * (Pools live in content-repo and reviewers in lms-core: the web tier joins them.)
 */
@ApplicationScoped
public class DemoReviewPools {

    static final Set<String> GENERALISTS = Set.of("td.thu", "td.hoa");
    static final Set<String> SECONDARY_MATHS = Set.of("td.thu", "td.hoa", "td.khoa");

    @Inject
    AccountService accounts;

    @Inject
    ReviewAdministration review;

    public void seed() {
        review.savePool(new PoolSettings(null, "Tiểu học – mọi môn", null, GradeLevel.PRIMARY, ids(GENERALISTS)));
        review.savePool(new PoolSettings(null, "THCS – mọi môn", null, GradeLevel.LOWER_SECONDARY, ids(GENERALISTS)));
        review.savePool(new PoolSettings(null, "THCS – Toán", "TOAN", GradeLevel.LOWER_SECONDARY, ids(SECONDARY_MATHS)));
    }

    private Set<Long> ids(Set<String> usernames) {
        return usernames.stream().map(accounts::findByUsername).flatMap(java.util.Optional::stream)
                .map(Account::id).collect(Collectors.toSet());
    }
}
