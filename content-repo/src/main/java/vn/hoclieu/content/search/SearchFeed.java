package vn.hoclieu.content.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What the search indexer reads from this module, over plain JDBC on a connection the caller
 * owns (and whose transaction it commits): the outbox rows to drain, and the searchable state of
 * a material. Works in the application server and in a plain JVM (reindex, check).
 * Needs a JSON-P provider at run time (Payara's; Parsson, which the Elasticsearch client brings).
 */
public final class SearchFeed {

    /** The one definition of "public": a published version exists and the material is not retired. */
    static final String PUBLIC = "m.published_version_id IS NOT NULL AND m.status <> 'RETIRED'";

    private SearchFeed() {
    }

    /**
     * Locks up to {@code limit} unprocessed rows, oldest first, skipping rows another drainer holds.
     * The locks last until the caller's transaction ends: call with auto-commit off.
     */
    public static List<OutboxEntry> claim(Connection c, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, material_id, reason FROM content_search_outbox
                WHERE processed_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            s.setInt(1, limit);
            List<OutboxEntry> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new OutboxEntry(r.getLong(1), r.getLong(2), r.getString(3)));
                }
            }
            return rows;
        }
    }

    public static void markProcessed(Connection c, List<OutboxEntry> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringJoiner ids = new StringJoiner(",", "(", ")");
        rows.forEach(row -> ids.add(Long.toString(row.id())));
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE content_search_outbox SET processed_at = UTC_TIMESTAMP(3) WHERE id IN " + ids)) {
            s.executeUpdate();
        }
    }

    /** Rows not yet processed (for health and the check command). */
    public static long pending(Connection c) throws SQLException {
        return single(c, "SELECT COUNT(*) FROM content_search_outbox WHERE processed_at IS NULL");
    }

    /** The highest row id so far; 0 when the outbox is empty. */
    public static long lastId(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MAX(id), 0) FROM content_search_outbox");
    }

    /** Marks rows after {@code id} unprocessed again: a reindex replays what arrived while it ran. */
    public static int replayAfter(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE content_search_outbox SET processed_at = NULL WHERE id > ?")) {
            s.setLong(1, id);
            return s.executeUpdate();
        }
    }

    /** Writes a row for every public material: an empty or lost index fills up through the drain. */
    public static int enqueueAllPublic(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO content_search_outbox (material_id, reason) SELECT m.id, '"
                + SearchOutbox.Reason.REINDEX.name() + "' FROM content_material m WHERE " + PUBLIC + " ORDER BY m.id")) {
            return s.executeUpdate();
        }
    }

    /** Deletes processed rows older than this many hours, at most 1000 per call. */
    public static int purgeProcessed(Connection c, int olderThanHours) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM content_search_outbox WHERE processed_at < UTC_TIMESTAMP(3) - INTERVAL ? HOUR LIMIT 1000""")) {
            s.setInt(1, olderThanHours);
            return s.executeUpdate();
        }
    }

    /** Ids of every public material with its published version's id, by material id. */
    public static List<long[]> publicVersions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT m.id, m.published_version_id FROM content_material m WHERE " + PUBLIC + " ORDER BY m.id");
             ResultSet r = s.executeQuery()) {
            List<long[]> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(new long[] {r.getLong(1), r.getLong(2)});
            }
            return rows;
        }
    }

    /** The material as search may show it; empty when it is not public (never published, or retired, or gone). */
    public static Optional<SearchableMaterial> load(Connection c, long materialId) throws SQLException {
        long versionId;
        int number;
        String json;
        Timestamp publishedAt;
        long authorId;
        Long schoolId;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT v.id, v.number, v.metadata_json, v.published_at, m.author_id, m.school_id
                FROM content_material m JOIN content_material_version v ON v.id = m.published_version_id
                WHERE m.id = ? AND\s""" + PUBLIC)) {
            s.setLong(1, materialId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                versionId = r.getLong(1);
                number = r.getInt(2);
                json = r.getString(3);
                publishedAt = r.getTimestamp(4);
                authorId = r.getLong(5);
                long school = r.getLong(6);
                schoolId = r.wasNull() ? null : school;
            }
        }
        StringBuilder documents = new StringBuilder();
        StringBuilder captions = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT f.kind, e.body_text FROM content_material_file f JOIN content_file_extract e ON e.file_id = f.id
                WHERE f.version_id = ? AND f.status = 'READY' AND e.body_text IS NOT NULL ORDER BY f.id""")) {
            s.setLong(1, versionId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder into = "CAPTIONS".equals(r.getString(1)) ? captions : documents;
                    if (!into.isEmpty()) {
                        into.append("\n\n");
                    }
                    into.append(r.getString(2));
                }
            }
        }
        Double average = null;
        long count;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT AVG(score), COUNT(*) FROM content_material_rating WHERE material_id = ? AND hidden = FALSE")) {
            s.setLong(1, materialId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                double avg = r.getDouble(1);
                if (!r.wasNull()) {
                    average = avg;
                }
                count = r.getLong(2);
            }
        }
        JsonObject d = parse(json);
        return Optional.of(new SearchableMaterial(materialId, versionId, number, text(d, "title"), text(d, "description"),
                strings(d, "keywords"), text(d, "subjectCode"), integers(d, "grades"), text(d, "type"), text(d, "licence"),
                text(d, "language"), authorId, schoolId, publishedAt == null ? null : publishedAt.toInstant(),
                documents.toString(), captions.toString(), average, count));
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> strings(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonArray a ? a.getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList() : List.of();
    }

    private static List<Integer> integers(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonArray a ? a.getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).sorted().toList() : List.of();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
