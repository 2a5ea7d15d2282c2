package vn.hoclieu.search.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.hoclieu.content.search.SearchFeed;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialIndex;

/**
 * Rebuild and consistency check of the index against the database.
 *
 * <p>Rebuild without downtime: note the last outbox row id, build a new concrete index from every
 * public material (written with that id as version), swap the alias in one atomic step (searches
 * see the old index until then), and mark the rows that arrived meanwhile unprocessed again, so
 * the drain writes them into the new index too (their ids are higher, so they win). Documents go
 * in bulk requests of at most {@value #BULK_DOCUMENTS} documents and about {@value #BULK_TEXT_CHARS}
 * characters of text (the cluster refuses requests over 100 MB; extracted texts reach 200,000
 * characters each).
 */
public final class Reindex {

    /** Documents per bulk request: fewer requests, bounded memory. */
    public static final int BULK_DOCUMENTS = 500;
    /** Text characters per bulk request (UTF-8: up to 3 bytes each), far below the cluster's 100 MB limit. */
    public static final long BULK_TEXT_CHARS = 8_000_000;

    private final DataSource dataSource;
    private final MaterialIndex index;
    private final Function<String, String> subjectNames;

    public Reindex(DataSource dataSource, MaterialIndex index, Function<String, String> subjectNames) {
        this.dataSource = dataSource;
        this.index = index;
        this.subjectNames = subjectNames;
    }

    public record Result(String newIndex, int materials, List<String> removedIndices, int replayed) {
    }

    public Result rebuild() throws SQLException {
        index.ensureIndex();
        long mark;
        List<long[]> materials;
        try (Connection c = dataSource.getConnection()) {
            mark = SearchFeed.lastId(c);
            materials = SearchFeed.publicVersions(c);
        }
        String target = index.createNextIndex();
        int written = 0;
        try (Connection c = dataSource.getConnection()) {
            List<IndexWrite> batch = new ArrayList<>();
            long textChars = 0;
            for (long[] m : materials) {
                var material = SearchFeed.load(c, m[0]);
                if (material.isPresent()) {
                    IndexWrite write = IndexWrite.put(MaterialDocuments.of(material.get(), subjectNames), mark);
                    batch.add(write);
                    textChars += write.textLength();
                    written++;
                }
                if (isFull(batch.size(), textChars)) {
                    index.write(target, batch);
                    batch.clear();
                    textChars = 0;
                }
            }
            index.write(target, batch);
        }
        List<String> removed = index.swapAliasTo(target);
        int replayed;
        try (Connection c = dataSource.getConnection()) {
            replayed = SearchFeed.replayAfter(c, mark);
        }
        return new Result(target, written, removed, replayed);
    }

    /** Whether a bulk of this many documents and text characters should be sent now. */
    public static boolean isFull(int documents, long textChars) {
        return documents >= BULK_DOCUMENTS || textChars >= BULK_TEXT_CHARS;
    }

    /** What differs between the database and the index. */
    public record Findings(List<Long> missing, List<Long> extra, List<Long> stale, long pending) {
        public boolean clean() {
            return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
        }
    }

    /**
     * Public materials missing from the index, indexed materials that are not public, materials
     * indexed with another version than the published one, and outbox rows still waiting (which
     * explain differences that the drain is about to fix).
     */
    public Findings check() throws SQLException {
        Map<Long, Long> expected = new HashMap<>();
        long pending;
        try (Connection c = dataSource.getConnection()) {
            SearchFeed.publicVersions(c).forEach(m -> expected.put(m[0], m[1]));
            pending = SearchFeed.pending(c);
        }
        Map<String, Long> indexed = index.indexedVersions();
        List<Long> missing = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        expected.forEach((id, version) -> {
            String key = Long.toString(id);
            if (!indexed.containsKey(key)) {
                missing.add(id);
            } else if (!Objects.equals(indexed.get(key), version)) {
                stale.add(id);
            }
        });
        indexed.keySet().forEach(key -> {
            long id = Long.parseLong(key);
            if (!expected.containsKey(id)) {
                extra.add(id);
            }
        });
        missing.sort(null);
        stale.sort(null);
        extra.sort(null);
        return new Findings(missing, extra, stale, pending);
    }
}
