package vn.hoclieu.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.search.Searcher;
import vn.hoclieu.web.account.CurrentUser;

import java.util.Set;

/**
 * Who is searching in this request, for search visibility. Only people who can contribute or
 * review (teachers, reviewers, admins) can find work in progress at all; pupils, self-learners and
 * the public search as {@link Searcher#PUBLIC}, whatever the index holds.
 */
@RequestScoped
public class SearcherOfRequest {

    private static final Set<Role> CONTRIBUTORS = Set.of(Role.TEACHER, Role.REVIEWER, Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN);

    @Inject
    CurrentUser user;

    @Inject
    ReviewService reviews;

    private Searcher searcher;

    public Searcher searcher() {
        if (searcher == null) {
            searcher = user.account().filter(a -> CONTRIBUTORS.stream().anyMatch(a::has)).map(this::of).orElse(Searcher.PUBLIC);
        }
        return searcher;
    }

    private Searcher of(Account a) {
        Set<Long> pools = a.has(Role.REVIEWER) ? reviews.poolsOf(a.id()) : Set.of();
        return new Searcher(a.id(), a.schoolId(), a.has(Role.SCHOOL_ADMIN), a.has(Role.DISTRICT_ADMIN), pools);
    }
}
