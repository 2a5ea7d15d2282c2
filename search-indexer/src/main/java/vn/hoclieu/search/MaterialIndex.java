package vn.hoclieu.search;

import java.util.List;

import vn.hoclieu.search.internal.ElasticsearchMaterialIndex;

/**
 * The search index of learning materials. Applications read and write through the alias
 * {@value #ALIAS}; the concrete index is versioned ({@code hoclieu-materials-v1}, …) so a reindex
 * can build the next version and swap the alias.
 * Every method throws {@link SearchException} when the cluster cannot serve it.
 */
public interface MaterialIndex {

    String ALIAS = "hoclieu-materials";

    /** Creates the current index version behind the alias unless the alias exists. Idempotent, race-safe. */
    void ensureIndex();

    /** Adds or replaces the document with the same id; visible to search after the next refresh. */
    void index(MaterialDocument document);

    /**
     * Full-text search over title, description, keywords and body, matching words with or without
     * Vietnamese diacritics; the exact (accented) form ranks higher.
     *
     * @param size at most this many hits, 1–100
     */
    List<MaterialHit> search(String query, int size);

    /** Makes everything indexed so far searchable now (tests, bulk loads); normal writes need not call it. */
    void refresh();

    static MaterialIndex on(SearchConnection connection) {
        return new ElasticsearchMaterialIndex(connection::client);
    }
}
