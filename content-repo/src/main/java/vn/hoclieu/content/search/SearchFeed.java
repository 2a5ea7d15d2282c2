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
import java.util.Collection;
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

    /**
     * The one definition of "work in progress", on {@code m} and its version {@code v}: v is the
     * material's latest version, it is not the published one, and the material is not retired.
     */
    static final String WORK_IN_PROGRESS = "m.status <> 'RETIRED' AND (m.published_version_id IS NULL OR v.id <> m.published_version_id)"
            + " AND v.number = (SELECT MAX(l.number) FROM content_material_version l WHERE l.material_id = m.id)";

    private SearchFeed() {
    }

    /**
     * Locks up to {@code limit} unprocessed rows, oldest first, skipping rows another drainer holds.
     * The locks last until the caller's transaction ends: call with auto-commit off.
     */
    public static List<OutboxEntry> claim(Connection c, int limit) throws SQLException {
        try (PreparedStatement gate = c.prepareStatement("SELECT id FROM content_search_gate WHERE id = 1 LOCK IN SHARE MODE")) {
            gate.executeQuery().close(); // held until the caller's commit; a reindex swapping the alias waits for it
        }
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

    /**
     * Waits for the drains in flight to end and keeps new ones from starting until the caller's
     * transaction ends (auto-commit off): a reindex swaps the alias and replays meanwhile.
     */
    public static void closeGate(Connection c) throws SQLException {
        try (PreparedStatement gate = c.prepareStatement("SELECT id FROM content_search_gate WHERE id = 1 FOR UPDATE")) {
            gate.executeQuery().close();
        }
    }

    /**
     * Marks rows processed since {@code since} (by {@link #now}) unprocessed again: a reindex
     * replays what was drained into the old index while it ran (rows still pending reach the new
     * one anyway).
     */
    public static int replayProcessedSince(Connection c, Timestamp since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE content_search_outbox SET processed_at = NULL WHERE processed_at >= ?")) {
            s.setTimestamp(1, since);
            return s.executeUpdate();
        }
    }

    /**
     * Writes a row for every material search may hold (public, or with work in progress, i.e. not
     * retired): an empty or lost index fills up through the drain.
     */
    public static int enqueueAll(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO content_search_outbox (material_id, reason) SELECT m.id, '"
                + SearchOutbox.Reason.REINDEX.name() + "' FROM content_material m WHERE m.status <> 'RETIRED' ORDER BY m.id")) {
            return s.executeUpdate();
        }
    }

    /** Writes a row for each of these materials (the check command's repair); commit is the caller's. */
    public static void enqueue(Connection c, Collection<Long> materialIds, SearchOutbox.Reason reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO content_search_outbox (material_id, reason) VALUES (?, ?)")) {
            for (long id : materialIds) {
                s.setLong(1, id);
                s.setString(2, reason.name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The database's clock (UTC, ms), the one {@code processed_at} is written with. */
    public static Timestamp now(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT UTC_TIMESTAMP(3)"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getTimestamp(1);
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
        return pairs(c, "SELECT m.id, m.published_version_id FROM content_material m WHERE " + PUBLIC + " ORDER BY m.id");
    }

    /** Ids of every material with work in progress (see {@link #load}) and that version's id. */
    public static List<long[]> workInProgressVersions(Connection c) throws SQLException {
        return pairs(c, "SELECT m.id, v.id FROM content_material m JOIN content_material_version v ON v.material_id = m.id"
                + " WHERE " + WORK_IN_PROGRESS + " ORDER BY m.id");
    }

    /**
     * What search may hold of a material, read once for both documents: its public version and its
     * work in progress (each empty when there is none). Ratings and usage are the material's, read once.
     */
    public static SearchableVersions load(Connection c, long materialId) throws SQLException {
        Reception reception = new Reception(c, materialId);
        return new SearchableVersions(published(c, materialId, reception), workInProgress(c, materialId, reception));
    }

    /** A material's two possible search documents. */
    public record SearchableVersions(Optional<SearchableMaterial> published, Optional<SearchableMaterial> workInProgress) {
    }

    /** The material as search may show it; empty when it is not public (never published, or retired, or gone). */
    private static Optional<SearchableMaterial> published(Connection c, long materialId, Reception reception) throws SQLException {
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
                schoolId = nullableLong(r, 6);
            }
        }
        VersionTexts texts = texts(c, versionId);
        Rating rating = reception.rating();
        JsonObject d = parse(json);
        return Optional.of(new SearchableMaterial(materialId, versionId, number, SearchableMaterial.PUBLISHED,
                text(d, "title"), text(d, "description"), strings(d, "keywords"), text(d, "subjectCode"), integers(d, "grades"),
                text(d, "type"), text(d, "licence"), text(d, "language"), authorId, schoolId,
                publishedAt == null ? null : publishedAt.toInstant(), texts.documents(), texts.captions(),
                rating.average(), rating.count(), reception.usage(), List.of(), List.of()));
    }

    /**
     * The material's work in progress: its latest version when that is not the published one (a
     * first draft, or version n+1 while version n stays public), described by the author's working
     * copy, with the pools and reviewers that may see it. Empty when the latest version is the
     * published one, or the material is retired or gone.
     */
    private static Optional<SearchableMaterial> workInProgress(Connection c, long materialId, Reception reception) throws SQLException {
        SearchableMaterial m;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT v.id, v.number, v.status, m.title, m.description, m.subject_code, m.material_type, m.licence,
                       m.language, m.author_id, m.school_id
                FROM content_material m JOIN content_material_version v ON v.material_id = m.id
                WHERE m.id = ? AND\s""" + WORK_IN_PROGRESS)) {
            s.setLong(1, materialId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long versionId = r.getLong(1);
                VersionTexts texts = texts(c, versionId);
                Rating rating = reception.rating();
                m = new SearchableMaterial(materialId, versionId, r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                        column(c, "SELECT keyword FROM content_material_keyword WHERE material_id = ? ORDER BY keyword", materialId, String.class),
                        r.getString(6), column(c, "SELECT grade FROM content_material_grade WHERE material_id = ? ORDER BY grade", materialId, Integer.class),
                        r.getString(7), r.getString(8), r.getString(9), r.getLong(10), nullableLong(r, 11), null,
                        texts.documents(), texts.captions(), rating.average(), rating.count(), reception.usage(),
                        column(c, "SELECT DISTINCT pool_id FROM content_review_task WHERE material_id = ? ORDER BY pool_id", materialId, Long.class),
                        column(c, "SELECT DISTINCT reviewer_id FROM content_review_task WHERE material_id = ? AND reviewer_id IS NOT NULL ORDER BY reviewer_id",
                                materialId, Long.class));
            }
        }
        return Optional.of(m);
    }

    private record VersionTexts(String documents, String captions) {
    }

    private static VersionTexts texts(Connection c, long versionId) throws SQLException {
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
        return new VersionTexts(documents.toString(), captions.toString());
    }

    private record Rating(Double average, long count) {
    }

    /** How teachers received a material (ratings, usage): read on first need, once for both documents. */
    private static final class Reception {
        private final Connection c;
        private final long materialId;
        private Rating rating;
        private Long usage;

        Reception(Connection c, long materialId) {
            this.c = c;
            this.materialId = materialId;
        }

        Rating rating() throws SQLException {
            if (rating == null) {
                rating = SearchFeed.rating(c, materialId);
            }
            return rating;
        }

        long usage() throws SQLException {
            if (usage == null) {
                usage = SearchFeed.usage(c, materialId);
            }
            return usage;
        }
    }

    private static Rating rating(Connection c, long materialId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT AVG(score), COUNT(*) FROM content_material_rating WHERE material_id = ? AND hidden = FALSE")) {
            s.setLong(1, materialId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                double average = r.getDouble(1);
                return new Rating(r.wasNull() ? null : average, r.getLong(2));
            }
        }
    }

    private static long usage(Connection c, long materialId) throws SQLException {
        return column(c, "SELECT COUNT(*) FROM content_material_use WHERE material_id = ?", materialId, Long.class).getFirst();
    }

    private static <T> List<T> column(Connection c, String sql, long id, Class<T> type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<T> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getObject(1, type));
                }
            }
            return values;
        }
    }

    private static List<long[]> pairs(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<long[]> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(new long[] {r.getLong(1), r.getLong(2)});
            }
            return rows;
        }
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
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
