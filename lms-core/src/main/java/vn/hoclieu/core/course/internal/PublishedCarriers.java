package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.PublicationChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids of the carrier materials that are published now, kept in memory: the catalogue, every
 * course page and every enrolment ask, and reading them means paging through the content
 * catalogue. A publication or retirement on this node empties it once its transaction committed,
 * so a course approved a moment ago is listed at once; a short lifetime covers decisions taken on
 * another node of a cluster, which fire their event there.
 */
@ApplicationScoped
class PublishedCarriers {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    @Inject
    CourseCarrier carrier;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(Set<Long> ids, long generation, Instant loadedAt) {
    }

    Set<Long> ids() {
        Snapshot held = snapshot;
        Instant now = Instant.now();
        if (held != null && held.generation() == generation.get() && now.isBefore(held.loadedAt().plus(LIFETIME))) {
            return held.ids();
        }
        // the generation read before loading: a change committed while we load leaves this snapshot stale, so the next read loads again
        long loading = generation.get();
        Set<Long> ids = Set.copyOf(carrier.published());
        snapshot = new Snapshot(ids, loading, now);
        return ids;
    }

    boolean contains(Long carrierId) {
        return carrierId != null && ids().contains(carrierId);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationChanged change) {
        generation.incrementAndGet();
    }
}
