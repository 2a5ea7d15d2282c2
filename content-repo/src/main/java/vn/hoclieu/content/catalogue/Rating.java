package vn.hoclieu.content.catalogue;

import java.time.Instant;

/** A rating as shown; hidden ones reach admins only (with {@code hidden} set), others never. */
public record Rating(long id, long materialId, long raterId, int score, String comment, boolean hidden, Instant at) {
}
