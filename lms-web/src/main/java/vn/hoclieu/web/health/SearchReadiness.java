package vn.hoclieu.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoclieu.search.SearchHealth;
import vn.hoclieu.search.SearchStatus;

/** Ready only while Elasticsearch answers; search and indexing need it. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchHealth search;

    @Override
    public HealthCheckResponse call() {
        SearchStatus status = search.check();
        var check = HealthCheckResponse.named("search");
        return status.up() ? check.up().withData("detail", status.detail()).build()
                : check.down().withData("reason", status.detail()).build();
    }
}
