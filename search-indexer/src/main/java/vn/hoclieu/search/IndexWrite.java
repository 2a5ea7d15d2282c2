package vn.hoclieu.search;

import java.util.Objects;

/**
 * One write of a {@link MaterialIndex#write bulk write}: put a material's document, or remove the
 * material, each with an external version (the outbox row id), so that, as with
 * {@link MaterialIndex#put}, a replay or a stale write never overwrites newer state.
 *
 * @param id       the material's id (the document id)
 * @param document the document to put; null for a removal
 * @param version  the external version
 */
public record IndexWrite(String id, MaterialDocument document, long version) {

    public IndexWrite {
        Objects.requireNonNull(id, "id");
        if (document != null && !document.id().equals(id)) {
            throw new IllegalArgumentException("document " + document.id() + " written under id " + id);
        }
    }

    /** Put (add or replace) this document unless the index holds a newer version. */
    public static IndexWrite put(MaterialDocument document, long version) {
        return new IndexWrite(document.id(), document, version);
    }

    /** Remove the material (retired, unpublished) unless a newer version was written. */
    public static IndexWrite delete(String id, long version) {
        return new IndexWrite(id, null, version);
    }

    public boolean isDelete() {
        return document == null;
    }

    /** Characters of the long texts: what makes a bulk request big (bulks are bounded by it too). */
    public long textLength() {
        if (document == null) {
            return 0;
        }
        return length(document.body()) + length(document.captions()) + length(document.description());
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
