package vn.hoclieu.content.ingest.worker;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/** Which handler runs which job kind in this worker. */
public final class JobHandlers {

    private static final Logger LOG = Logger.getLogger(JobHandlers.class.getName());

    private final Map<String, JobHandler> byKind;

    private JobHandlers(Map<String, JobHandler> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    public static JobHandlers of(Map<String, JobHandler> byKind) {
        return new JobHandlers(byKind);
    }

    /** The kinds a worker process handles out of the box. */
    public static JobHandlers standard() {
        return of(Map.of(NoopJob.KIND, new NoopJob()));
    }

    public Optional<JobHandler> forKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** Sorted, for log lines and failure reasons. */
    public Set<String> kinds() {
        return new TreeMap<>(byKind).keySet();
    }

    /** Closes every handler; one that fails to close does not keep the others open. */
    void close() {
        for (Map.Entry<String, JobHandler> entry : new TreeMap<>(byKind).entrySet()) {
            try {
                entry.getValue().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warning("Cannot close the " + entry.getKey() + " handler: " + FailureText.of(e));
            }
        }
    }
}
