package vn.hoclieu.search;

import java.util.List;

/**
 * What a {@link MaterialIndex#write bulk write} did. Item failures other than these two are not
 * here: they make the whole call throw {@link SearchException}.
 *
 * @param applied      writes that changed the index, plus removals of materials that were not there
 *                     (what a removal wanted)
 * @param alreadyNewer ids whose write was skipped because the index holds the same or a newer
 *                     version (a replay, or a late writer): not an error
 */
public record BulkOutcome(int applied, List<String> alreadyNewer) {

    public static final BulkOutcome NOTHING = new BulkOutcome(0, List.of());

    public BulkOutcome {
        alreadyNewer = List.copyOf(alreadyNewer);
    }
}
