package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.hoclieu.search.MaterialIndex;

/**
 * The current version of the materials index: its concrete name and its settings + mapping from
 * {@code materials-v1.json}. That file uses only analysis components under their official names
 * (standard, lowercase, asciifolding), so it works unchanged on a standard cluster and on the dev
 * node. Shards: one (a district's catalogue is small); replicas auto-expand 0–1, so a single node is
 * green and a cluster keeps a copy. A mapping change that existing documents cannot take needs the
 * next version (v2 file, reindex, alias swap), not an edit of this one.
 */
public final class MaterialIndexDefinition {

    public static final String INDEX_NAME = MaterialIndex.ALIAS + "-v1";
    static final String RESOURCE = "/vn/hoclieu/search/materials-v1.json";

    private MaterialIndexDefinition() {
    }

    /** Creates the index and the alias in one request, so no one ever sees the index without it. */
    public static CreateIndexRequest createRequest() {
        try (InputStream json = MaterialIndexDefinition.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("index definition " + RESOURCE + " missing from the class path");
            }
            return CreateIndexRequest.of(b -> b
                .withJson(json)
                .index(INDEX_NAME)
                .aliases(MaterialIndex.ALIAS, a -> a.isWriteIndex(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
