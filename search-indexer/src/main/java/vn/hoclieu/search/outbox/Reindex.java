package vn.hoclieu.search.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import vn.hoclieu.content.search.SearchFeed;
import vn.hoclieu.content.search.SearchOutbox;
import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialIndex;

/**
 * Rebuild and consistency check of the index against the database.
 *
 * <p>Rebuild without downtime: note the database's time, build a new concrete index from every
 * material search may hold, swap the alias in one atomic step (searches see the old index until
 * then), and mark the outbox rows processed since the start unprocessed again, so the drain writes
 * them into the new index too. Swap and replay happen while no drain is in flight (the gate). The
 * rebuild writes with external version {@value #REBUILT}, below every outbox row id, so each
 * replayed or later row wins over what the rebuild read: a change that committed after the
 * rebuild read its material cannot be lost, whatever its row id. Documents go in bulk requests of
 * at most {@value #BULK_DOCUMENTS} documents and about {@value #BULK_TEXT_CHARS} characters of
 * text (the cluster refuses requests over 100 MB; extracted texts reach 200,000 characters each).
 */
public final class Reindex {

    /** The external version of rebuilt documents: lower than any outbox row id (ids start at 1). */
    static final long REBUILT = 0;

    /** Documents per bulk request: fewer requests, bounded memory. */
    public static final int BULK_DOCUMENTS = 500;
    /** Text characters per bulk request (UTF-8: up to 3 bytes each), far below the cluster's 100 MB limit. */
    public static final long BULK_TEXT_CHARS = 8_000_000;

    private final DataSource dataSource;
    private final MaterialIndex index;
    private final CoreNames names;

    public Reindex(DataSource dataSource, MaterialIndex index, CoreNames names) {
        this.dataSource = dataSource;
        this.index = index;
        this.names = names;
    }

    public record Result(String newIndex, int documents, List<String> removedIndices, int replayed) {
    }

    public Result rebuild() throws SQLException {
        index.ensureIndex();
        Timestamp started;
        TreeSet<Long> materials = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            started = SearchFeed.now(c);
            SearchFeed.publicVersions(c).forEach(m -> materials.add(m[0]));
            SearchFeed.workInProgressVersions(c).forEach(m -> materials.add(m[0]));
        }
        String target = index.createNextIndex();
        int written = 0;
        try (Connection c = dataSource.getConnection()) {
            List<IndexWrite> batch = new ArrayList<>();
            long textChars = 0;
            for (long id : materials) {
                SearchFeed.SearchableVersions versions = SearchFeed.load(c, id);
                for (Optional<SearchableMaterial> material : List.of(versions.published(), versions.workInProgress())) {
                    if (material.isPresent()) {
                        IndexWrite write = IndexWrite.put(MaterialDocuments.of(material.get(), names), REBUILT);
                        batch.add(write);
                        textChars += write.textLength();
                        written++;
                    }
                }
                if (isFull(batch.size(), textChars)) {
                    index.write(target, batch);
                    batch.clear();
                    textChars = 0;
                }
            }
            index.write(target, batch);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                SearchFeed.closeGate(c); // no drain halfway while the alias moves, see V5__search_gate.sql
                List<String> removed = index.swapAliasTo(target);
                int replayed = SearchFeed.replayProcessedSince(c, started);
                c.commit();
                return new Result(target, written, removed, replayed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Whether a bulk of this many documents and text characters should be sent now. */
    public static boolean isFull(int documents, long textChars) {
        return documents >= BULK_DOCUMENTS || textChars >= BULK_TEXT_CHARS;
    }

    /** What differs between the database and the index, by document id (see {@link MaterialDocument#id}). */
    public record Findings(List<String> missing, List<String> extra, List<String> stale, long pending) {
        public boolean clean() {
            return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
        }

        /** The materials whose documents differ, each once. */
        public Set<Long> materials() {
            Set<Long> ids = new TreeSet<>();
            Stream.of(missing, extra, stale).flatMap(List::stream)
                .forEach(id -> ids.add(Long.parseLong(id.replace(MaterialDocument.workInProgressId(""), ""))));
            return ids;
        }
    }

    /**
     * Mends what {@link #check} found: an outbox row for every material whose documents differ,
     * drained at once (the application's drain would take them too). Returns the rows drained.
     */
    public int repair(Findings findings) throws SQLException {
        if (findings.clean()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            SearchFeed.enqueue(c, findings.materials(), SearchOutbox.Reason.REPAIR);
        }
        return new OutboxDrainer(dataSource, index, names).drainAll(OutboxDrainer.DEFAULT_BATCH);
    }

    /**
     * Documents the database wants but the index lacks (public versions and work in progress),
     * indexed documents the database does not want, documents of another version than the
     * database's, and outbox rows still waiting (which explain differences the drain is about to fix).
     */
    public Findings check() throws SQLException {
        Map<String, Long> expected = new TreeMap<>();
        long pending;
        try (Connection c = dataSource.getConnection()) {
            SearchFeed.publicVersions(c).forEach(m -> expected.put(Long.toString(m[0]), m[1]));
            SearchFeed.workInProgressVersions(c).forEach(m -> expected.put(MaterialDocument.workInProgressId(Long.toString(m[0])), m[1]));
            pending = SearchFeed.pending(c);
        }
        Map<String, Long> indexed = new TreeMap<>(index.indexedVersions());
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        expected.forEach((id, version) -> {
            if (!indexed.containsKey(id)) {
                missing.add(id);
            } else if (!Objects.equals(indexed.get(id), version)) {
                stale.add(id);
            }
        });
        List<String> extra = indexed.keySet().stream().filter(id -> !expected.containsKey(id)).toList();
        return new Findings(missing, extra, stale, pending);
    }
}
