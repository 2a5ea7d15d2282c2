package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import vn.hoclieu.search.MaterialIndex;

/**
 * The current version of the materials index: its concrete name and its settings + mapping from
 * {@code materials-v3.json}. That file uses only analysis components under their official names
 * (standard, lowercase, asciifolding) and core field types (completion), so it works unchanged on
 * a standard cluster and on the dev node. Shards: one (a district's catalogue is small); replicas
 * auto-expand 0–1, so a single node is green and a cluster keeps a copy. A mapping change that
 * existing documents cannot take needs the next version (v4 file), not an edit of this one:
 * {@code ensureIndex} then moves the alias to the new version and the application refills it.
 * A reindex of the same version builds {@code hoclieu-materials-v3-<UTC time>} and swaps the alias.
 */
public final class MaterialIndexDefinition {

    public static final String INDEX_NAME = MaterialIndex.ALIAS + "-v3";
    static final String RESOURCE = "/vn/hoclieu/search/materials-v3.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private MaterialIndexDefinition() {
    }

    /** Creates the index and the alias in one request, so no one ever sees the index without it. */
    public static CreateIndexRequest createRequest() {
        return createRequest(INDEX_NAME, true);
    }

    /** The current definition under another concrete name; with or without the write alias. */
    public static CreateIndexRequest createRequest(String indexName, boolean withAlias) {
        try (InputStream json = MaterialIndexDefinition.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("index definition " + RESOURCE + " missing from the class path");
            }
            return CreateIndexRequest.of(b -> {
                b.withJson(json).index(indexName);
                if (withAlias) {
                    b.aliases(MaterialIndex.ALIAS, a -> a.isWriteIndex(true));
                }
                return b;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a concrete index has the current definition (the base name or a reindex of it). */
    public static boolean isCurrent(String indexName) {
        return indexName.equals(INDEX_NAME) || indexName.startsWith(INDEX_NAME + "-");
    }

    /** A fresh concrete name for a reindex of the current version. */
    public static String nextName() {
        return INDEX_NAME + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)).toLowerCase(java.util.Locale.ROOT);
    }
}
