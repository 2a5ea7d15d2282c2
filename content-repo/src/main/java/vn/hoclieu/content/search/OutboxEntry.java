package vn.hoclieu.content.search;

/** One claimed row of the search outbox. */
public record OutboxEntry(long id, long materialId, String reason) {
}
