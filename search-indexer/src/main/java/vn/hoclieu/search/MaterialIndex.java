package vn.hoclieu.search;

import java.util.List;
import java.util.Map;

import vn.hoclieu.search.internal.ElasticsearchMaterialIndex;

/**
 * The search index of learning materials. Applications read and write through the alias
 * {@value #ALIAS}; the concrete index is versioned ({@code hoclieu-materials-v3}, …) so a reindex
 * can build the next one and swap the alias. It holds each material's public version (published,
 * not retired) and its work in progress (a draft or a version in review); a search shows the work
 * in progress only to a {@link Searcher} who may see it, and suggestions come from public versions only.
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
     * is an external version, so a late, stale write never overwrites newer state. The same version
     * may write again ({@code external_gte}): a replayed row carries the database's state as it is
     * now, never older, and a document deleted by hand (its tombstone one version up) can be mended.
     *
     * @return false when a document of a newer version was there already
     */
    boolean put(MaterialDocument document, long version);

    /** Removes the document (retired, unpublished, no more work in progress) unless a newer version was written; see {@link #put}. */
    boolean delete(String id, long version);

    /**
     * Puts and removals in one request ({@code _bulk}), each with its external version as in
     * {@link #put} and {@link #delete}: a write the index already holds in the same or a newer
     * version is skipped ({@link BulkOutcome#alreadyNewer()}), removing an absent document is fine.
     * Any other failed item throws, so that a caller holding a database transaction rolls it back
     * and retries every write (they are idempotent). Callers bound the size of one call (see
     * {@code Reindex}): the cluster refuses requests over 100 MB.
     *
     * @param concreteIndex where to write (reindex), or null for the alias
     * @throws SearchException when the request or any item failed otherwise
     */
    BulkOutcome write(String concreteIndex, List<IndexWrite> writes);

    /** The ids of the indexed documents with the version id each describes (the check command). */
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

    /** A page of public hits with snippets and facet counts (what pupils and the public see). */
    default SearchResults search(SearchQuery query) {
        return search(query, Searcher.PUBLIC);
    }

    /** A page of hits this searcher may see, with snippets and facet counts over those only. */
    SearchResults search(SearchQuery query, Searcher searcher);

    /** Titles and keywords of public materials starting with these words, with or without diacritics. */
    List<String> suggest(String prefix, int size);

    /**
     * Materials about the same things as this one ("more like this"): the words its title,
     * description, keywords, full text and tags share with others, with or without diacritics.
     * Never the material itself; nothing when it is not in the index (a draft, a retired material).
     *
     * @param size at most this many, 1–20; hits carry no snippets
     */
    List<MaterialHit> similar(String materialId, int size);

    /** Makes everything indexed so far searchable now (tests, bulk loads); normal writes need not call it. */
    void refresh();

    /** A new, empty concrete index of the current definition, not behind the alias (reindex). */
    String createNextIndex();

    /** Points the alias at this concrete index in one atomic step and deletes the indices it pointed at before. */
    List<String> swapAliasTo(String concreteIndex);

    static MaterialIndex on(SearchConnection connection) {
        return new ElasticsearchMaterialIndex(connection::client);
    }
}
