package vn.hoclieu.search.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import vn.hoclieu.content.search.OutboxEntry;
import vn.hoclieu.content.search.SearchFeed;
import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.BulkOutcome;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;

/**
 * Drains the content module's search outbox into the index. One batch is one database
 * transaction: claim unprocessed rows in id order ({@code FOR UPDATE SKIP LOCKED}, so several
 * application nodes may drain at once), rebuild each material's document from the database as it
 * is now — its public version and its work in progress, two documents — write each (or delete it
 * when there is none: not public, nothing in progress) with the highest row id as
 * external version, then mark the rows processed and commit. Elasticsearch down: the transaction
 * rolls back, the rows stay, the next run retries them. A crash after the write and before the
 * commit: the rows are drained again, which rewrites the same document (harmless). Two drainers
 * holding rows of one material: the newer row id wins in Elasticsearch whatever the order of the
 * writes, so per material the index always ends on the latest state. The batch's writes go to
 * Elasticsearch as one bulk request; if any of them fails (other than "already newer"), the whole
 * transaction rolls back and the batch is retried, rewriting the ones that succeeded (harmless).
 */
public final class OutboxDrainer {

    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());

    public static final int DEFAULT_BATCH = 100;

    private final DataSource dataSource;
    private final MaterialIndex index;
    private final CoreNames names;

    public OutboxDrainer(DataSource dataSource, MaterialIndex index, CoreNames names) {
        this.dataSource = dataSource;
        this.index = index;
        this.names = names;
    }

    /**
     * One batch.
     *
     * @return the number of outbox rows processed (0: nothing to do)
     * @throws SearchException when Elasticsearch failed; nothing was marked processed
     */
    public int drainOnce(int batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<OutboxEntry> rows = SearchFeed.claim(c, batch);
                Map<Long, Long> latest = new LinkedHashMap<>(); // material → highest row id, in row order
                rows.forEach(row -> latest.merge(row.materialId(), row.id(), Math::max));
                List<IndexWrite> writes = new ArrayList<>(2 * latest.size());
                for (Map.Entry<Long, Long> material : latest.entrySet()) {
                    writes.addAll(writes(c, material.getKey(), material.getValue()));
                }
                BulkOutcome outcome = index.write(null, writes);
                LOG.fine(() -> writes.size() + " document(s) written, already newer: " + outcome.alreadyNewer());
                SearchFeed.markProcessed(c, rows);
                c.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** Batches until the outbox is empty; returns the rows processed. */
    public int drainAll(int batch) throws SQLException {
        int total = 0;
        for (int n; (n = drainOnce(batch)) > 0; ) {
            total += n;
        }
        return total;
    }

    /** Both documents of the material as they are now (its public version, its work in progress), each put or removed. */
    private List<IndexWrite> writes(Connection c, long materialId, long version) throws SQLException {
        String id = Long.toString(materialId);
        SearchFeed.SearchableVersions versions = SearchFeed.load(c, materialId);
        return List.of(write(id, versions.published(), version),
            write(MaterialDocument.workInProgressId(id), versions.workInProgress(), version));
    }

    private IndexWrite write(String documentId, Optional<SearchableMaterial> material, long version) {
        return material.isPresent()
            ? IndexWrite.put(MaterialDocuments.of(material.get(), names), version)
            : IndexWrite.delete(documentId, version);
    }
}
