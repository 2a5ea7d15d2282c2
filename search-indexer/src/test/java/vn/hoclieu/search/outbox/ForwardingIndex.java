package vn.hoclieu.search.outbox;

import java.util.List;
import java.util.Map;

import vn.hoclieu.search.BulkOutcome;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchResults;
import vn.hoclieu.search.Searcher;

/** An index that passes everything on: tests override what should misbehave. */
class ForwardingIndex implements MaterialIndex {

    private final MaterialIndex target;

    ForwardingIndex(MaterialIndex target) {
        this.target = target;
    }

    @Override public boolean ensureIndex() { return target.ensureIndex(); }
    @Override public void index(MaterialDocument document) { target.index(document); }
    @Override public boolean put(MaterialDocument document, long version) { return target.put(document, version); }
    @Override public boolean delete(String id, long version) { return target.delete(id, version); }
    @Override public BulkOutcome write(String concreteIndex, List<IndexWrite> writes) { return target.write(concreteIndex, writes); }
    @Override public Map<String, Long> indexedVersions() { return target.indexedVersions(); }
    @Override public SearchResults search(SearchQuery query, Searcher who) { return target.search(query, who); }
    @Override public List<String> suggest(String prefix, int size) { return target.suggest(prefix, size); }
    @Override public List<MaterialHit> similar(String materialId, int size) { return target.similar(materialId, size); }
    @Override public void refresh() { target.refresh(); }
    @Override public String createNextIndex() { return target.createNextIndex(); }
    @Override public List<String> swapAliasTo(String concreteIndex) { return target.swapAliasTo(concreteIndex); }
}
