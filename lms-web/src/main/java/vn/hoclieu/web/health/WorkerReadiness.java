package vn.hoclieu.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoclieu.content.ingest.HeartbeatSummary;
import vn.hoclieu.content.ingest.WorkerHeartbeats;
import vn.hoclieu.web.platform.HocLieuDataSource;

import javax.sql.DataSource;
import java.time.Duration;

/** Ready only while at least one ingest worker has reported recently: uploads would wait forever otherwise. */
@Readiness
@ApplicationScoped
public class WorkerReadiness implements HealthCheck {

    @Resource(lookup = HocLieuDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "hoclieu.health.worker-max-silence-seconds", defaultValue = "60")
    long maxSilenceSeconds;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("ingest-worker");
        try {
            HeartbeatSummary workers = WorkerHeartbeats.latest(dataSource, Duration.ofSeconds(maxSilenceSeconds));
            if (workers.lastHeartbeat().isEmpty()) {
                return check.down().withData("reason", "no ingest worker has ever reported").build();
            }
            long silence = workers.silence().orElseThrow().toSeconds();
            if (!workers.anyAlive()) {
                return check.down().withData("reason", "no ingest worker heartbeat for " + silence + " s").build();
            }
            return check.up().withData("aliveWorkers", workers.aliveWorkers())
                    .withData("lastHeartbeatSecondsAgo", silence).build();
        } catch (Exception e) {
            return check.down().withData("reason", "worker heartbeats unreadable: " + DatabaseReadiness.rootMessage(e)).build();
        }
    }
}
