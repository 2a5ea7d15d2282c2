package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.util.NamedValue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.hoclieu.search.BulkOutcome;
import vn.hoclieu.search.Facet;
import vn.hoclieu.search.FacetCount;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchResults;
import vn.hoclieu.search.SearchSort;
import vn.hoclieu.search.Searcher;

/** {@link MaterialIndex} on the official Elasticsearch Java client. */
public final class ElasticsearchMaterialIndex implements MaterialIndex {

    /**
     * Each text field twice: as written, and diacritic-folded ({@code .folded}, which also keeps the
     * original token). The as-written field weighs more, so "đường" ranks đường above dương while
     * "duong" still finds both. Title and keywords weigh most, then description, then the full text
     * and captions (long, so each match counts for less), then the tags (subject name, "lớp 3").
     */
    static final List<String> SEARCH_FIELDS = List.of(
        "title^6", "title.folded^3",
        "keywords^4", "keywords.folded^2",
        "description^2", "description.folded",
        "body", "body.folded^0.5",
        "captions", "captions.folded^0.5",
        "tags^1.5", "tags.folded^1",
        "authorName", "authorName.folded^0.5", "schoolName", "schoolName.folded^0.5");

    /**
     * The short fields, where word order and a mistyped word are worth checking on every search.
     * Phrase and fuzzy queries on the full text (up to 200,000 characters a material) cost far more
     * than they add; the full text still counts through {@link #SEARCH_FIELDS}.
     */
    static final List<String> SHORT_FIELDS = List.of(
        "title^6", "title.folded^3", "keywords^4", "keywords.folded^2", "description^2", "description.folded",
        "tags^1.5", "tags.folded^1");
    static final List<String> SHORT_FOLDED_FIELDS = List.of("title.folded^3", "keywords.folded^2", "description.folded", "tags.folded");

    /** Every folded field (one analyzer, so one combined field for counting the words a material has). */
    static final List<String> FOLDED_FIELDS = List.of("title.folded", "keywords.folded", "description.folded", "body.folded",
        "captions.folded", "tags.folded", "authorName.folded", "schoolName.folded");

    /** Words a material must have: all of one or two, three quarters of more (a mistyped one may be missing). */
    static final String ENOUGH_WORDS = "2<75%";

    /** Where a mistyped word is looked for when nothing matched as typed: every folded field. */
    static final List<String> FUZZY_FIELDS = List.of(
        "title.folded^3", "keywords.folded^2", "description.folded", "body.folded^0.5", "captions.folded^0.5", "tags.folded");

    /** Snippets come from these fields, in this order; the exact field's highlight is preferred. */
    static final List<String> SNIPPET_FIELDS = List.of("body", "captions", "description");

    /**
     * What "more like this" compares, each field as written and folded: the folded form finds a
     * material typed without accents, the written one keeps dương cầm from looking like đường tròn.
     * Captions are left out: transcripts of speech share many everyday words and little subject.
     */
    static final List<String> SIMILAR_FIELDS = List.of(
        "title", "title.folded", "description", "description.folded", "keywords", "keywords.folded",
        "body", "body.folded", "tags", "tags.folded");

    /** Share of the picked words another material must contain to count as similar. */
    static final String SIMILAR_MINIMUM_MATCH = "30%";

    static final int MAX_SNIPPETS = 3;
    static final int FACET_SIZE = 50;

    private static final List<String> LISTED = List.of("materialId", "status", "title", "subject", "grades", "type", "publishedAt",
        "ratingAverage", "ratingCount", "usageCount");

    private final Supplier<ElasticsearchClient> client;

    /** @param client looked up on every call, so a connection can be (re)made lazily by the caller */
    public ElasticsearchMaterialIndex(Supplier<ElasticsearchClient> client) {
        this.client = client;
    }

    @Override
    public boolean ensureIndex() {
        return call("ensure index " + ALIAS, () -> {
            var indices = client.get().indices();
            List<String> behind = aliasedIndices();
            if (behind.stream().anyMatch(MaterialIndexDefinition::isCurrent)) {
                return false;
            }
            boolean created = true;
            try {
                indices.create(MaterialIndexDefinition.createRequest(MaterialIndexDefinition.INDEX_NAME, behind.isEmpty()));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                // Another application node created it first (its request carried the alias too), or
                // someone removed the alias by hand: either way, point the alias at it again below.
                created = false;
            }
            if (!behind.isEmpty() || !indices.existsAlias(a -> a.name(ALIAS)).value()) {
                // an older version is behind the alias (or nothing is): move the alias, drop the old
                swap(MaterialIndexDefinition.INDEX_NAME, behind);
                created = true; // the new version is empty: have it refilled
            }
            return created;
        });
    }

    @Override
    public void index(MaterialDocument document) {
        MaterialDocument normalized = normalized(document);
        call("index material " + document.id(),
            () -> client.get().index(i -> i.index(ALIAS).id(normalized.id()).document(normalized)));
    }

    @Override
    public boolean put(MaterialDocument document, long version) {
        return putIntoIndex(ALIAS, document, version);
    }

    private boolean putIntoIndex(String target, MaterialDocument document, long version) {
        MaterialDocument normalized = normalized(document);
        try {
            call("index material " + document.id(), () -> client.get().index(i -> i.index(target).id(normalized.id())
                .document(normalized).versionType(VersionType.ExternalGte).version(version)));
            return true;
        } catch (SearchException e) {
            if (isStatus(e, 409)) {
                return false; // the index holds this or a newer version: nothing to do
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String id, long version) {
        try {
            call("delete material " + id, () -> client.get().delete(d -> d.index(ALIAS).id(id)
                .versionType(VersionType.ExternalGte).version(version)));
            return true;
        } catch (SearchException e) {
            if (isStatus(e, 409)) {
                return false;
            }
            if (isStatus(e, 404)) {
                return true; // not there: what we wanted
            }
            throw e;
        }
    }

    @Override
    public BulkOutcome write(String concreteIndex, List<IndexWrite> writes) {
        if (writes.isEmpty()) {
            return BulkOutcome.NOTHING;
        }
        String target = concreteIndex == null ? ALIAS : concreteIndex;
        List<BulkOperation> operations = writes.stream().map(w -> operation(target, w)).toList();
        BulkResponse response = call("write " + writes.size() + " materials into " + target,
            () -> client.get().bulk(b -> b.operations(operations)));
        return outcome(target, response.items());
    }

    private static BulkOperation operation(String target, IndexWrite write) {
        if (write.isDelete()) {
            return BulkOperation.of(o -> o.delete(d -> d.index(target).id(write.id())
                .versionType(VersionType.ExternalGte).version(write.version())));
        }
        MaterialDocument normalized = normalized(write.document());
        return BulkOperation.of(o -> o.index(i -> i.index(target).id(normalized.id()).document(normalized)
            .versionType(VersionType.ExternalGte).version(write.version())));
    }

    /**
     * A bulk answers 200 even when items failed: each item says for itself. 409 is the external
     * version doing its job; a removal of an absent material answers 404 without an error.
     */
    private static BulkOutcome outcome(String target, List<BulkResponseItem> items) {
        int applied = 0;
        List<String> alreadyNewer = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : items) {
            if (item.error() == null) {
                applied++;
            } else if (item.status() == 409) {
                alreadyNewer.add(item.id());
            } else {
                failures.add(item.id() + ": " + item.status() + " " + item.error().type() + " " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new SearchException("could not write " + failures.size() + " of " + items.size() + " materials into "
                + target + ", e.g. " + failures.subList(0, Math.min(3, failures.size())), null);
        }
        return new BulkOutcome(applied, alreadyNewer);
    }

    @Override
    public Map<String, Long> indexedVersions() {
        return call("list indexed materials", () -> {
            Map<String, Long> versions = new LinkedHashMap<>();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<VersionOnly> page = client.get().search(s -> {
                    s.index(ALIAS).size(1000).source(src -> src.filter(f -> f.includes("versionId")))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, VersionOnly.class);
                List<Hit<VersionOnly>> hits = page.hits().hits();
                for (Hit<VersionOnly> hit : hits) {
                    versions.put(hit.id(), hit.source() == null ? null : hit.source().versionId());
                }
                if (hits.size() < 1000) {
                    return versions;
                }
                after = hits.getLast().sort();
            }
        });
    }

    @Override
    public SearchResults search(SearchQuery q, Searcher searcher) {
        String text = nfc(q.text());
        Query visible = Visibility.filter(searcher);
        if (text.isEmpty()) {
            return search(q, Query.of(m -> m.bool(b -> b.filter(visible))), true, false);
        }
        SearchResults results = search(q, Query.of(b -> b.bool(bool -> bool
            .filter(visible)
            // most of the words somewhere in the material: Vietnamese words are syllables, and common
            // ones ("lớp", "bài", "3") alone matched nearly every material, which made scoring and
            // facets cost the whole index; the ranking below is unchanged for what passes
            .filter(f -> f.combinedFields(cf -> cf.query(text).fields(FOLDED_FIELDS).minimumShouldMatch(ENOUGH_WORDS)))
            .must(m -> m.multiMatch(mm -> mm.query(text).fields(SEARCH_FIELDS).type(TextQueryType.MostFields)))
            // the words next to each other, in this order, in a short field: a strong sign
            .should(s -> s.multiMatch(mm -> mm.query(text).fields(SHORT_FIELDS).type(TextQueryType.Phrase).slop(1).boost(2f)))
            // a mistyped word next to right ones ("phep nahn lop 3") still counts, a little
            .should(fuzzy(text, SHORT_FOLDED_FIELDS, 0.5f)))), false, false);
        if (results.total() > 0) {
            return results;
        }
        // nothing at all: every word may be mistyped; show what the looser query finds, and say so
        SearchResults looser = search(q, Query.of(b -> b.bool(bool -> bool.filter(visible).must(fuzzy(text, FUZZY_FIELDS, 1f)))), false, true);
        return looser.total() > 0 ? looser : results;
    }

    /**
     * The words with one or two letters wrong (by length), on the folded fields; the first letter
     * must be right. The words are folded first (vi_suggest: no original token kept): the folded
     * fields' own analyzer keeps the accented token beside the folded one, and two tokens at one
     * position become a synonym query, which Elasticsearch never makes fuzzy.
     */
    private static Query fuzzy(String text, List<String> fields, float boost) {
        return Query.of(m -> m.multiMatch(mm -> mm.query(text).fields(fields).type(TextQueryType.MostFields)
            .analyzer("vi_suggest").fuzziness("AUTO").prefixLength(1).maxExpansions(20).boost(boost)));
    }

    private SearchResults search(SearchQuery q, Query main, boolean noText, boolean loosened) {
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        q.filters().forEach((facet, value) -> {
            if (value != null && !value.isBlank()) {
                filters.put(facet, Query.of(t -> t.term(tt -> tt.field(facet.field()).value(value.strip()))));
            }
        });
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<Query> others = filters.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
            aggregations.put(facet.name(), Aggregation.of(a -> a
                .filter(f -> f.bool(b -> b.filter(others)))
                .aggregations("values", v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE)))));
        }
        List<NamedValue<HighlightField>> highlights = new ArrayList<>();
        for (String field : SNIPPET_FIELDS) {
            highlights.add(NamedValue.of(field, HighlightField.of(h -> h)));
            highlights.add(NamedValue.of(field + ".folded", HighlightField.of(h -> h)));
        }
        SearchResponse<Listed> response = call("search materials", () -> client.get().search(s -> s
            .index(ALIAS)
            .from(q.page() * q.size())
            .size(q.size())
            .trackTotalHits(t -> t.enabled(true))
            .source(src -> src.filter(f -> f.includes(LISTED)))
            .query(main)
            .postFilter(p -> p.bool(b -> b.filter(new ArrayList<>(filters.values()))))
            .aggregations(aggregations)
            .sort(sort(q.sort(), noText))
            .highlight(h -> h.preTags("<mark>").postTags("</mark>").encoder(HighlighterEncoder.Html)
                .fragmentSize(160).numberOfFragments(2).fields(highlights)),
            Listed.class));
        List<MaterialHit> hits = response.hits().hits().stream().map(ElasticsearchMaterialIndex::toHit).toList();
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            var values = response.aggregations().get(facet.name()).filter().aggregations().get("values");
            List<FacetCount> counts = new ArrayList<>();
            if (values.isSterms()) {
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
                }
            } else if (values.isLterms()) {
                for (LongTermsBucket bucket : values.lterms().buckets().array()) {
                    counts.add(new FacetCount(Long.toString(bucket.key()), bucket.docCount()));
                }
            }
            facets.put(facet, List.copyOf(counts));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(total, q.page(), q.size(), hits, facets, loosened);
    }

    private static List<SortOptions> sort(SearchSort sort, boolean noText) {
        List<SortOptions> order = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> {
                if (!noText) {
                    order.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
                }
            }
            case NEWEST -> { }
            case BEST_RATED -> {
                order.add(SortOptions.of(o -> o.field(f -> f.field("ratingAverage").order(SortOrder.Desc).missing("_last"))));
                order.add(SortOptions.of(o -> o.field(f -> f.field("ratingCount").order(SortOrder.Desc))));
            }
            case MOST_USED -> order.add(SortOptions.of(o -> o.field(f -> f.field("usageCount").order(SortOrder.Desc))));
        }
        order.add(SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last"))));
        order.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return order;
    }

    @Override
    public List<String> suggest(String prefix, int size) {
        String text = nfc(prefix == null ? "" : prefix.strip());
        if (text.isEmpty()) {
            return List.of();
        }
        int n = Math.clamp(size, 1, 20);
        SearchResponse<VersionOnly> response = call("suggest", () -> client.get().search(s -> s
            .index(ALIAS).size(0).source(src -> src.fetch(false))
            .suggest(sg -> sg.suggesters("m", f -> f.prefix(text).completion(c -> c.field("suggest").size(n).skipDuplicates(true)
                // public documents only: a draft's title must never be suggested to a pupil
                .contexts("visibility", List.of(CompletionContext.of(cc -> cc.context(x -> x.category(MaterialDocument.PUBLIC)))))))),
            VersionOnly.class));
        Set<String> texts = new LinkedHashSet<>();
        for (Suggestion<VersionOnly> suggestion : response.suggest().getOrDefault("m", List.of())) {
            suggestion.completion().options().forEach(o -> texts.add(o.text()));
        }
        return List.copyOf(texts);
    }

    @Override
    public List<MaterialHit> similar(String materialId, int size) {
        String id = materialId == null ? "" : materialId.strip();
        if (id.isEmpty()) {
            return List.of();
        }
        int n = Math.clamp(size, 1, 20);
        SearchResponse<Listed> response = call("find materials like " + id, () -> client.get().search(s -> s
            .index(ALIAS).size(n)
            .source(src -> src.filter(f -> f.includes(LISTED)))
            // include(false) already leaves the material out; the ids clause says so where it can be read,
            // and leaves out its work in progress too; only public materials are offered as similar
            .query(q -> q.bool(b -> b.must(moreLike(id)).filter(Visibility.filter(Searcher.PUBLIC))
                .mustNot(not -> not.ids(i -> i.values(id, MaterialDocument.workInProgressId(id)))))),
            Listed.class));
        return response.hits().hits().stream().map(ElasticsearchMaterialIndex::toHit).toList();
    }

    /**
     * The stored material's most telling words, in {@link #SIMILAR_FIELDS}. A material missing from
     * the index yields no words and so no hits (Elasticsearch skips a like-document it cannot find).
     */
    private static Query moreLike(String id) {
        return Query.of(q -> q.moreLikeThis(m -> m
            .fields(SIMILAR_FIELDS)
            .like(l -> l.document(d -> d.index(ALIAS).id(id)))
            .include(false)
            // titles, descriptions and keywords are short: a word said once counts
            .minTermFreq(1)
            // a word no other material has cannot make another one similar
            .minDocFreq(2)
            .maxQueryTerms(40)
            .minimumShouldMatch(SIMILAR_MINIMUM_MATCH)));
    }

    @Override
    public void refresh() {
        call("refresh " + ALIAS, () -> client.get().indices().refresh(r -> r.index(ALIAS)));
    }

    @Override
    public String createNextIndex() {
        String name = MaterialIndexDefinition.nextName();
        call("create index " + name, () -> client.get().indices().create(MaterialIndexDefinition.createRequest(name, false)));
        return name;
    }

    @Override
    public List<String> swapAliasTo(String concreteIndex) {
        return call("move alias " + ALIAS + " to " + concreteIndex, () -> {
            List<String> before = aliasedIndices().stream().filter(i -> !i.equals(concreteIndex)).toList();
            swap(concreteIndex, before);
            return before;
        });
    }

    /** One atomic alias update: the alias on {@code target} (write index), the old indices deleted. */
    private void swap(String target, List<String> old) throws IOException {
        client.get().indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(ALIAS).isWriteIndex(true)));
            for (String index : old) {
                u.actions(a -> a.removeIndex(r -> r.index(index)));
            }
            return u;
        });
    }

    private List<String> aliasedIndices() throws IOException {
        var indices = client.get().indices();
        if (!indices.existsAlias(a -> a.name(ALIAS)).value()) {
            return List.of();
        }
        return List.copyOf(indices.getAlias(a -> a.name(ALIAS)).aliases().keySet());
    }

    private static MaterialHit toHit(Hit<Listed> hit) {
        Listed s = hit.source() == null ? new Listed(hit.id(), null, null, null, null, null, null, null, null, null) : hit.source();
        List<String> snippets = new ArrayList<>();
        Map<String, List<String>> highlight = hit.highlight();
        for (String field : SNIPPET_FIELDS) {
            List<String> exact = highlight.getOrDefault(field, List.of());
            snippets.addAll(exact.isEmpty() ? highlight.getOrDefault(field + ".folded", List.of()) : exact);
        }
        return new MaterialHit(s.materialId() == null ? hit.id() : s.materialId(), s.title(), hit.score() == null ? 0 : hit.score(),
            snippets.stream().limit(MAX_SNIPPETS).toList(), s.subject(), s.grades(), s.type(), s.publishedAt(),
            s.ratingAverage(), s.ratingCount() == null ? 0 : s.ratingCount(), s.status(),
            s.usageCount() == null ? 0 : s.usageCount());
    }

    private static MaterialDocument normalized(MaterialDocument d) {
        return new MaterialDocument(d.id(), d.materialId(), d.versionId(), d.visibility(), d.status(), nfc(d.title()), nfc(d.description()),
            d.keywords().stream().map(ElasticsearchMaterialIndex::nfc).toList(), nfc(d.body()), nfc(d.captions()),
            nfc(d.tags()), d.subject(), d.grades(), d.type(), d.licence(), d.language(), d.authorId(), nfc(d.authorName()),
            d.schoolId(), nfc(d.schoolName()), d.poolIds(), d.reviewerIds(), d.publishedAt(), d.ratingAverage(), d.ratingCount(), d.usageCount(),
            d.suggest().stream().map(ElasticsearchMaterialIndex::nfc).toList());
    }

    private static boolean isStatus(SearchException e, int status) {
        return e.getCause() instanceof ElasticsearchException es && es.status() == status;
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

    /** What a result list shows, read from {@code _source}. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(String materialId, String status, String title, String subject, List<Integer> grades, String type,
                  String publishedAt, Double ratingAverage, Long ratingCount, Long usageCount) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record VersionOnly(Long versionId) {
    }
}
