package vn.hoclieu.search;

import java.util.List;
import java.util.Map;

import vn.hoclieu.search.internal.ElasticsearchMaterialIndex;

/**
 * The search index of public learning materials. Applications read and write through the alias
 * {@value #ALIAS}; the concrete index is versioned ({@code hoclieu-materials-v2}, …) so a reindex
 * can build the next one and swap the alias. Only public materials (published, not retired) are in
 * it, so every search shows only what pupils and the public may see.
 * Every method throws {@link SearchException} when the cluster cannot serve it.
 */
public interface MaterialIndex {

    String ALIAS = "hoclieu-materials";

    /**
     * Creates the current index version behind the alias unless the alias already points at it;
     * moves the alias from an older version. Idempotent, race-safe.
     *
     * @return true when it created the index: the caller should refill it from the database
     */
    boolean ensureIndex();

    /** Adds or replaces the document with the same id; visible to search after the next refresh. */
    void index(MaterialDocument document);

    /**
     * Writes the document unless the index holds a newer one: {@code version} (the outbox row id)
     * is an external version, so a replay or a late, stale write never overwrites newer state.
     *
     * @return false when a document of the same or a newer version was there already
     */
    boolean put(MaterialDocument document, long version);

    /** Removes the material (retired, unpublished) unless a newer version was written; see {@link #put}. */
    boolean delete(String id, long version);

    /**
     * Puts and removals in one request ({@code _bulk}), each with its external version as in
     * {@link #put} and {@link #delete}: a write the index already holds in the same or a newer
     * version is skipped ({@link BulkOutcome#alreadyNewer()}), removing an absent material is fine.
     * Any other failed item throws, so that a caller holding a database transaction rolls it back
     * and retries every write (they are idempotent). Callers bound the size of one call (see
     * {@code Reindex}): the cluster refuses requests over 100 MB.
     *
     * @param concreteIndex where to write (reindex), or null for the alias
     * @throws SearchException when the request or any item failed otherwise
     */
    BulkOutcome write(String concreteIndex, List<IndexWrite> writes);

    /** The ids of the indexed materials with the version id each describes (the check command). */
    Map<String, Long> indexedVersions();

    /**
     * Full-text search over title, description, keywords, full text and captions, matching words
     * with or without Vietnamese diacritics; the exact (accented) form ranks higher.
     *
     * @param size at most this many hits, 1–100
     */
    default List<MaterialHit> search(String query, int size) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return search(SearchQuery.of(query, size)).hits();
    }

    /** A page of hits with snippets and facet counts. */
    SearchResults search(SearchQuery query);

    /** Titles and keywords starting with these words, with or without diacritics. */
    List<String> suggest(String prefix, int size);

    /** Makes everything indexed so far searchable now (tests, bulk loads); normal writes need not call it. */
    void refresh();

    /** A new, empty concrete index of the current definition, not behind the alias (reindex). */
    String createNextIndex();

    /** Writes into a concrete index, bypassing the alias (reindex); external version as in {@link #put}. */
    void putInto(String concreteIndex, MaterialDocument document, long version);

    /** Points the alias at this concrete index in one atomic step and deletes the indices it pointed at before. */
    List<String> swapAliasTo(String concreteIndex);

    static MaterialIndex on(SearchConnection connection) {
        return new ElasticsearchMaterialIndex(connection::client);
    }
}
