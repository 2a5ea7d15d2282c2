package vn.hoclieu.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while this JVM can serve requests. Deliberately independent of MariaDB and Elasticsearch:
 * an orchestrator must not restart the application because a neighbour is down.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        return HealthCheckResponse.named("application").up().withData("heapUsedMb", usedMb).build();
    }
}
