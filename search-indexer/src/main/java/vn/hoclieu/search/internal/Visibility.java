package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;

import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.Searcher;

/**
 * The filter that keeps work in progress from everyone who may not see it: public documents for
 * all, restricted ones only where the searcher is the author, a reviewer who held a task, a member
 * of a pool it went to, an admin of its school, or a district admin (the same people as on the
 * material's page). Applied as a query filter, so facet counts never count what one may not see.
 */
final class Visibility {

    private Visibility() {
    }

    static Query filter(Searcher who) {
        Query isPublic = term("visibility", MaterialDocument.PUBLIC);
        if (!who.seesWorkInProgress()) {
            return isPublic;
        }
        List<Query> mayOpen = new ArrayList<>();
        if (who.districtAdmin()) {
            mayOpen.add(Query.of(q -> q.matchAll(m -> m)));
        } else {
            String me = who.accountId().toString();
            mayOpen.add(term("authorId", me));
            mayOpen.add(term("reviewerIds", me));
            if (!who.poolIds().isEmpty()) {
                List<FieldValue> pools = who.poolIds().stream().map(id -> FieldValue.of(id.toString())).toList();
                mayOpen.add(Query.of(q -> q.terms(t -> t.field("poolIds").terms(v -> v.value(pools)))));
            }
            if (who.schoolAdmin() && who.schoolId() != null) {
                mayOpen.add(term("schoolId", who.schoolId().toString()));
            }
        }
        Query restricted = Query.of(q -> q.bool(b -> b.filter(term("visibility", MaterialDocument.RESTRICTED))
            .should(mayOpen).minimumShouldMatch("1")));
        return Query.of(q -> q.bool(b -> b.should(isPublic, restricted).minimumShouldMatch("1")));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
