package vn.hoclieu.content.material;

import java.time.Instant;

/** One immutable line of a material's history. The actor is an lms-core account id (null: the system). */
public record HistoryEntry(long id, int versionNumber, Long actorId, EventAction action, MaterialStatus fromStatus,
                           MaterialStatus toStatus, String comment, Instant at) {
}
