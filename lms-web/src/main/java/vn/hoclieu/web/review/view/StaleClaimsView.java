package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.review.PoolSettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims held longer than the policy allows: the district admin gives one to another member of
 * its pool, or back to the pool for anyone to take.
 */
@Named
@ViewScoped
public class StaleClaimsView implements Serializable {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewAdministration administration;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageAccess access;

    @Inject
    PageMessages messages;

    // the list as rendered, so that a button's row is the row the admin saw; never serialized
    private transient List<ReviewTaskSummary> stale;
    private transient Map<Long, PoolSettings> poolsById;

    /** The member chosen for each stale task, by task id. */
    private final HashMap<Long, Long> assignees = new HashMap<>();

    /** A person a seat can go to. */
    public record Member(long id, String name) implements Serializable {
    }

    public void reassign(ReviewTaskSummary task) {
        Long to = assignees.get(task.id());
        if (to == null) {
            messages.errorAt(null, "reviewSettings.stale.chooseMember");
            return;
        }
        move(task, to, "reviewSettings.stale.reassigned");
    }

    public void backToPool(ReviewTaskSummary task) {
        move(task, null, "reviewSettings.stale.released");
    }

    private void move(ReviewTaskSummary task, Long to, String doneKey) {
        if (!access.require(Role.DISTRICT_ADMIN)) {
            return;
        }
        try {
            reviews.reassign(task.id(), to, currentUser.viewer());
            messages.info(doneKey, task.materialTitle());
        } catch (ChangeRefusedException | NotPermittedException | MaterialNotFoundException refused) {
            messages.refusal(null, refused);
        }
        stale = null;
    }

    public List<ReviewTaskSummary> getStale() {
        if (stale == null) {
            stale = reviews.staleClaims();
        }
        return stale;
    }

    /** The task's pool members other than its holder, by name. */
    public List<Member> members(ReviewTaskSummary task) {
        PoolSettings pool = pools().get(task.poolId());
        Set<Long> ids = pool == null ? Set.of() : pool.reviewerIds();
        return accounts.displayNames(ids).entrySet().stream()
                .filter(e -> !e.getKey().equals(task.reviewerId()))
                .map(e -> new Member(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Member::name)).toList();
    }

    private Map<Long, PoolSettings> pools() {
        if (poolsById == null) {
            poolsById = new HashMap<>();
            administration.pools().forEach(p -> poolsById.put(p.id(), p));
        }
        return poolsById;
    }

    public Map<Long, Long> getAssignees() {
        return assignees;
    }
}
