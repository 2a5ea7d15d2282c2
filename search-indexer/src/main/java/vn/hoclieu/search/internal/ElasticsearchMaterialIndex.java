package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Supplier;

import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;

/** {@link MaterialIndex} on the official Elasticsearch Java client. */
public final class ElasticsearchMaterialIndex implements MaterialIndex {

    /**
     * Each text field twice: as written, and diacritic-folded ({@code .folded}, which also keeps the
     * original token). The as-written field weighs more, so "đường" ranks đường above dương while
     * "duong" still finds both.
     */
    static final List<String> SEARCH_FIELDS = List.of(
        "title^6", "title.folded^3",
        "keywords^4", "keywords.folded^2",
        "description^2", "description.folded",
        "body", "body.folded^0.5");

    static final int MAX_SIZE = 100;

    private final Supplier<ElasticsearchClient> client;

    /** @param client looked up on every call, so a connection can be (re)made lazily by the caller */
    public ElasticsearchMaterialIndex(Supplier<ElasticsearchClient> client) {
        this.client = client;
    }

    @Override
    public void ensureIndex() {
        call("ensure index " + ALIAS, () -> {
            var indices = client.get().indices();
            if (indices.existsAlias(a -> a.name(ALIAS)).value()) {
                return null;
            }
            try {
                indices.create(MaterialIndexDefinition.createRequest());
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                // Another application node created it first (its request carried the alias too), or
                // someone removed the alias by hand: either way, point the alias at it again.
                if (!indices.existsAlias(a -> a.name(ALIAS)).value()) {
                    indices.putAlias(a -> a.index(MaterialIndexDefinition.INDEX_NAME).name(ALIAS).isWriteIndex(true));
                }
            }
            return null;
        });
    }

    @Override
    public void index(MaterialDocument document) {
        MaterialDocument normalized = new MaterialDocument(document.id(), nfc(document.title()), nfc(document.description()),
            document.keywords().stream().map(ElasticsearchMaterialIndex::nfc).toList(),
            document.subject(), document.grade(), document.language());
        call("index material " + document.id(),
            () -> client.get().index(i -> i.index(ALIAS).id(normalized.id()).document(normalized)));
    }

    @Override
    public List<MaterialHit> search(String query, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1–" + MAX_SIZE + ", was " + size);
        }
        String text = nfc(query == null ? "" : query.strip());
        if (text.isEmpty()) {
            return List.of();
        }
        SearchResponse<TitleOnly> response = call("search materials", () -> client.get().search(s -> s
            .index(ALIAS)
            .size(size)
            .source(src -> src.filter(f -> f.includes("title")))
            .query(q -> q.multiMatch(m -> m.query(text).fields(SEARCH_FIELDS).type(TextQueryType.MostFields))),
            TitleOnly.class));
        return response.hits().hits().stream().map(ElasticsearchMaterialIndex::toHit).toList();
    }

    @Override
    public void refresh() {
        call("refresh " + ALIAS, () -> client.get().indices().refresh(r -> r.index(ALIAS)));
    }

    private static MaterialHit toHit(Hit<TitleOnly> hit) {
        String title = hit.source() == null ? null : hit.source().title();
        return new MaterialHit(hit.id(), title, hit.score() == null ? 0 : hit.score());
    }

    /**
     * Text from macOS or some browsers can arrive decomposed (e + combining accent); the folding
     * filter only knows precomposed letters, so both documents and queries go in as NFC.
     */
    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static <T> T call(String what, IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T run() throws IOException;
    }

    /** Search results read only the title from {@code _source}. */
    record TitleOnly(String title) {
    }
}
