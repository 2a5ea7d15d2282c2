package vn.hoclieu.content.material;

/**
 * A material's public version appeared (PUBLISHED) or went away (RETIRED). Fired inside the
 * deciding transaction; observers that keep what is public in memory (e.g. the open-course
 * catalogue) observe it after success, so they never see a decision that rolled back.
 */
public record PublicationChanged(long materialId, EventAction action) {
}
