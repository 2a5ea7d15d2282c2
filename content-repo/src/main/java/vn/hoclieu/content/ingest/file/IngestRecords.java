package vn.hoclieu.content.ingest.file;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * The worker's writes to the material tables (plain JDBC: the worker has no JPA). A ready file's
 * extract, renditions and status commit together, so a reader never sees half an ingest.
 */
final class IngestRecords {

    private final DataSource dataSource;

    IngestRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The file, now marked PROCESSING; empty if it no longer exists. One connection for both: the
     * worker opens a connection per call (no pool, see WorkerDatabase), some 5 ms each, a good
     * share of a small document's whole ingest.
     */
    Optional<FileToIngest> startProcessing(long fileId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Optional<FileToIngest> file = find(c, fileId);
            if (file.isPresent()) {
                execute(c, "UPDATE content_material_file SET status = 'PROCESSING', failure_code = NULL, failure_detail = NULL"
                        + " WHERE id = ?", fileId);
            }
            return file;
        }
    }

    private static Optional<FileToIngest> find(Connection c, long fileId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, blob_sha256, original_name, size_bytes FROM content_material_file WHERE id = ?")) {
            q.setLong(1, fileId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new FileToIngest(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)))
                        : Optional.empty();
            }
        }
    }

    void failed(long fileId, String detectedType, String code, String detail) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE content_material_file SET status = 'FAILED', detected_type = ?,"
                     + " failure_code = ?, failure_detail = ? WHERE id = ?")) {
            u.setString(1, detectedType);
            u.setString(2, code);
            u.setString(3, detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)));
            u.setLong(4, fileId);
            u.executeUpdate();
        }
    }

    void ready(long fileId, String detectedType, String kind, Extract extract, List<StoredRendition> renditions) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // idempotent: a job run again after a crash replaces what an earlier attempt wrote
                execute(c, "DELETE FROM content_file_rendition WHERE file_id = ?", fileId);
                execute(c, "DELETE FROM content_file_extract WHERE file_id = ?", fileId);
                insertExtract(c, fileId, extract);
                for (StoredRendition r : renditions) {
                    insertRendition(c, fileId, r);
                }
                try (PreparedStatement u = c.prepareStatement("UPDATE content_material_file SET status = 'READY', detected_type = ?,"
                        + " kind = ?, failure_code = NULL, failure_detail = NULL, ready_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
                    u.setString(1, detectedType);
                    u.setString(2, kind);
                    u.setLong(3, fileId);
                    u.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void insertExtract(Connection c, long fileId, Extract e) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO content_file_extract (file_id, title, author, language,"
                + " page_count, word_count, duration_ms, width, height, body_text, text_truncated) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            i.setLong(1, fileId);
            i.setString(2, cut(e.title(), 500));
            i.setString(3, cut(e.author(), 300));
            i.setString(4, e.language());
            setInteger(i, 5, e.pages());
            setInteger(i, 6, e.words());
            if (e.durationMs() == null) {
                i.setNull(7, Types.BIGINT);
            } else {
                i.setLong(7, e.durationMs());
            }
            setInteger(i, 8, e.width());
            setInteger(i, 9, e.height());
            i.setString(10, e.text());
            i.setBoolean(11, e.textTruncated());
            i.executeUpdate();
        }
    }

    private static void insertRendition(Connection c, long fileId, StoredRendition r) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO content_file_rendition (file_id, role, blob_sha256, media_type,"
                + " size_bytes, width, height, bitrate) VALUES (?,?,?,?,?,?,?,?)")) {
            i.setLong(1, fileId);
            i.setString(2, r.role());
            i.setString(3, r.blobSha256());
            i.setString(4, r.mediaType());
            i.setLong(5, r.sizeBytes());
            setInteger(i, 6, r.width());
            setInteger(i, 7, r.height());
            setInteger(i, 8, r.bitrate());
            i.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
