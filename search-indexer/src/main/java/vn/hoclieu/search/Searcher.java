package vn.hoclieu.search;

import java.util.Set;

/**
 * Who searches, as far as visibility goes. Everyone finds public (published) materials; work in
 * progress (a draft, a version in review) is found only by those who may see every version of it,
 * as on the material's page: its author, the reviewers of its pool and those who held its tasks,
 * admins of its school, district admins. Pupils, learners and the public are {@link #PUBLIC}.
 *
 * @param accountId null when nobody is signed in
 * @param poolIds   the review pools the searcher is a member of (empty unless a reviewer)
 */
public record Searcher(Long accountId, Long schoolId, boolean schoolAdmin, boolean districtAdmin, Set<Long> poolIds) {

    public static final Searcher PUBLIC = new Searcher(null, null, false, false, Set.of());

    public Searcher {
        poolIds = poolIds == null ? Set.of() : Set.copyOf(poolIds);
    }

    /** Whether this searcher can find any work in progress at all (otherwise: public documents only). */
    public boolean seesWorkInProgress() {
        return accountId != null;
    }
}
