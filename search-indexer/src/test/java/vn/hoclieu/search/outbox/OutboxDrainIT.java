package vn.hoclieu.search.outbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.hoclieu.content.ContentSchema;
import vn.hoclieu.devstack.TestDatabase;
import vn.hoclieu.search.BulkOutcome;
import vn.hoclieu.search.IndexWrite;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchConnection;
import vn.hoclieu.search.SearchEndpoint;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SharedDevNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox from the database to Elasticsearch: rows written with the change, drained in order,
 * idempotently; Elasticsearch down only delays; a crash anywhere between the commit and the
 * marking is caught up by the next drain; reindex swaps the alias; check compares.
 * Each test uses materials of its own (ids apart), one database and one index for the class.
 */
class OutboxDrainIT {

    static DataSource db;
    static MaterialIndex index;
    static final SubjectNames SUBJECTS = new SubjectNames(Map.of("TOAN", "Toán", "KHOA_HOC", "Khoa học"));

    @BeforeAll
    static void databaseAndIndex() throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource(TestDatabase.freshDatabase("search_outbox"));
        ds.setUser(TestDatabase.USER);
        ds.setPassword(TestDatabase.PASSWORD);
        db = ds;
        ContentSchema.migrate(db);
        SharedDevNode.wipe();
        index = MaterialIndex.on(SharedDevNode.connection());
        index.ensureIndex();
    }

    private OutboxDrainer drainer() {
        return new OutboxDrainer(db, index, SUBJECTS);
    }

    @Test
    void publicationIndexesTitleFullTextAndCaptionsAndRetirementRemovesIt() throws Exception {
        long id = publish("Quang hợp ở thực vật", "KHOA_HOC", 4, "Lá cây hấp thụ ánh sáng.", "Chất diệp lục màu xanh giúp cây quang hợp.");
        assertThat(drainer().drainAll(10)).isEqualTo(1);
        index.refresh();

        MaterialHit hit = index.search(SearchQuery.of("diep luc", 5)).hits().getFirst();
        assertThat(hit.id()).isEqualTo(Long.toString(id));
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>diệp lục</mark>"));
        assertThat(ids("hấp thụ ánh sáng")).contains(Long.toString(id));
        assertThat(pending()).isZero();

        retire(id);
        drainer().drainAll(10);
        index.refresh();
        assertThat(ids("diep luc")).doesNotContain(Long.toString(id));
    }

    @Test
    void ratingChangeReachesTheIndex() throws Exception {
        long id = publish("Đo độ dài", "TOAN", 2, "Xăng-ti-mét và mét", "");
        drainer().drainAll(10);
        rate(id, 5);
        rate(id, 4);
        drainer().drainAll(10);
        index.refresh();
        MaterialHit hit = index.search(SearchQuery.of("đo độ dài", 5)).hits().getFirst();
        assertThat(hit.id()).isEqualTo(Long.toString(id));
        assertThat(hit.ratingAverage()).isEqualTo(4.5);
        assertThat(hit.ratingCount()).isEqualTo(2);
    }

    @Test
    void duplicateDeliveryAndStaleWritesAreHarmless() throws Exception {
        long id = publish("Phân số", "TOAN", 4, "Tử số và mẫu số", "");
        drainer().drainAll(10);
        long lastRow = lastRowOf(id);

        // the same rows delivered again (a replay): same document, nothing breaks
        sql("UPDATE content_search_outbox SET processed_at = NULL WHERE material_id = " + id);
        assertThat(drainer().drainAll(10)).isEqualTo(1);
        // a late writer holding an older state loses against the newer version already indexed
        MaterialDocument stale = MaterialDocument.basic(Long.toString(id), "Tiêu đề cũ", null, List.of(), "TOAN", 4, "vi");
        assertThat(index.put(stale, lastRow - 1)).isFalse();
        index.refresh();

        assertThat(ids("phân số")).containsExactly(Long.toString(id));
        assertThat(ids("tiêu đề cũ")).isEmpty();
        assertThat(pending()).isZero();
    }

    @Test
    void whileElasticsearchIsDownRowsWaitAndTheBacklogDrainsWhenItIsBack() throws Exception {
        long first = publish("Số chẵn số lẻ", "TOAN", 2, "", "");
        long second = publish("Số la mã", "TOAN", 3, "", "");
        int port = SharedDevNode.freePort();
        try (SearchConnection down = SearchConnection.open(SearchEndpoint.parse("http://127.0.0.1:" + port, null, null))) {
            OutboxDrainer cut = new OutboxDrainer(db, MaterialIndex.on(down), SUBJECTS);
            assertThatThrownBy(() -> cut.drainOnce(10)).isInstanceOf(SearchException.class);
            assertThatThrownBy(() -> cut.drainOnce(10)).isInstanceOf(SearchException.class);
        }
        assertThat(pending()).isEqualTo(2);

        assertThat(drainer().drainAll(10)).isEqualTo(2);
        index.refresh();
        assertThat(ids("so chan so le")).first().isEqualTo(Long.toString(first));
        assertThat(ids("so la ma")).first().isEqualTo(Long.toString(second));
    }

    @Test
    void aCrashBetweenCommitAndIndexingOrBeforeMarkingIsCaughtUp() throws Exception {
        // the publication committed with its outbox row, then the process died: nobody indexed it
        long id = publish("Hình tam giác", "TOAN", 3, "Ba cạnh, ba góc", "");
        assertThat(pending()).isEqualTo(1);

        // the next drainer indexes, then "crashes" before the database commit: rows not marked
        AtomicBoolean wrote = new AtomicBoolean();
        MaterialIndex crashing = new ForwardingIndex(index) {
            @Override
            public BulkOutcome write(String concreteIndex, List<IndexWrite> writes) {
                super.write(concreteIndex, writes);
                wrote.set(true);
                throw new IllegalStateException("process killed after indexing");
            }
        };
        assertThatThrownBy(() -> new OutboxDrainer(db, crashing, SUBJECTS).drainOnce(10)).hasMessageContaining("killed");
        assertThat(wrote).isTrue();
        assertThat(pending()).isEqualTo(1);

        // a fresh drainer (the restarted process) finishes the job; the second write changes nothing
        assertThat(drainer().drainAll(10)).isEqualTo(1);
        index.refresh();
        assertThat(ids("hinh tam giac")).containsExactly(Long.toString(id));
        assertThat(pending()).isZero();
    }

    @Test
    void twoDrainersNeverTakeTheSameRows() throws Exception {
        publish("Mét khối", "TOAN", 5, "", "");
        publish("Lít", "TOAN", 5, "", "");
        try (Connection a = db.getConnection(); Connection b = db.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            var first = vn.hoclieu.content.search.SearchFeed.claim(a, 1);
            var second = vn.hoclieu.content.search.SearchFeed.claim(b, 10);
            assertThat(first).hasSize(1);
            assertThat(second).extracting(r -> r.id()).doesNotContain(first.getFirst().id()).isNotEmpty();
            a.rollback();
            b.rollback();
        }
        drainer().drainAll(10);
    }

    @Test
    void reindexSwapsTheAliasToAFullNewIndexAndCheckComparesDatabaseAndIndex() throws Exception {
        long id = publish("Thể tích", "TOAN", 5, "", "");
        drainer().drainAll(10);
        index.refresh(); // check reads through search: near-real-time, like any search
        Reindex reindex = new Reindex(db, index, SUBJECTS);
        Reindex.Findings before = reindex.check();
        assertThat(before.clean()).as(before.toString()).isTrue();

        index.delete(Long.toString(id), Long.MAX_VALUE / 2); // lost from the index behind our back
        index.refresh();
        Reindex.Findings lost = reindex.check();
        assertThat(lost.missing()).containsExactly(id);

        Reindex.Result rebuilt = reindex.rebuild();
        assertThat(rebuilt.newIndex()).startsWith("hoclieu-materials-v2-");
        assertThat(rebuilt.removedIndices()).isNotEmpty();
        var aliases = SharedDevNode.connection().client().indices().getAlias(a -> a.name(MaterialIndex.ALIAS)).aliases();
        assertThat(aliases).containsOnlyKeys(rebuilt.newIndex());
        index.refresh();
        assertThat(ids("the tich")).containsExactly(Long.toString(id));
        Reindex.Findings after = reindex.check();
        assertThat(after.clean()).as(after.toString()).isTrue();
    }

    @Test
    void bulkWriteMixesPutsAndRemovalsSkipsStaleVersionsAndReplaysHarmlessly() throws Exception {
        String target = index.createNextIndex(); // not behind the alias: the other tests never see these documents
        try {
            BulkOutcome first = index.write(target, List.of(
                IndexWrite.put(doc("b1", "Ôn tập phép cộng"), 10),
                IndexWrite.put(doc("b2", "Bảng nhân 2"), 10),
                IndexWrite.put(doc("b3", "Chữ cái a ă â"), 10)));
            assertThat(first.applied()).isEqualTo(3);
            assertThat(first.alreadyNewer()).isEmpty();

            List<IndexWrite> second = List.of(
                IndexWrite.put(doc("b1", "Ôn tập phép cộng có nhớ"), 20),
                IndexWrite.delete("b2", 20),
                IndexWrite.put(doc("b3", "Tiêu đề cũ"), 5),  // a late writer with an older state
                IndexWrite.delete("b-never-indexed", 20));   // removing what is not there is fine
            BulkOutcome outcome = index.write(target, second);
            assertThat(outcome.applied()).isEqualTo(3);
            assertThat(outcome.alreadyNewer()).containsExactly("b3");

            BulkOutcome replay = index.write(target, second); // the same batch again (a drain retried)
            assertThat(replay.alreadyNewer()).contains("b1", "b3");

            assertThat(titleIn(target, "b1")).isEqualTo("Ôn tập phép cộng có nhớ");
            assertThat(titleIn(target, "b2")).isNull();
            assertThat(titleIn(target, "b3")).isEqualTo("Chữ cái a ă â");
            assertThat(index.write(target, List.of())).isEqualTo(BulkOutcome.NOTHING);
        } finally {
            SharedDevNode.connection().client().indices().delete(d -> d.index(target));
        }
    }

    @Test
    void aBulkItemRefusedForAnotherReasonFailsTheWholeCall() throws Exception {
        String target = index.createNextIndex();
        try {
            MaterialDocument unparseable = new MaterialDocument("b9", null, "Ngày sai", null, List.of(), null, null, null,
                "TOAN", List.of(3), null, null, "vi", null, null, "not a date", null, 0, 0, List.of());
            assertThatThrownBy(() -> index.write(target, List.of(IndexWrite.put(doc("b8", "Đúng"), 1), IndexWrite.put(unparseable, 1))))
                .isInstanceOf(SearchException.class).hasMessageContaining("b9").hasMessageContaining("1 of 2");
        } finally {
            SharedDevNode.connection().client().indices().delete(d -> d.index(target));
        }
    }

    private static MaterialDocument doc(String id, String title) {
        return MaterialDocument.basic(id, title, null, List.of(), "TOAN", 2, "vi");
    }

    @SuppressWarnings("rawtypes")
    private static String titleIn(String concreteIndex, String id) throws java.io.IOException {
        var got = SharedDevNode.connection().client().get(g -> g.index(concreteIndex).id(id), Map.class);
        return got.found() ? (String) got.source().get("title") : null;
    }

    // ---- fixtures: what the content services write, each change with its outbox row in one transaction

    private static long publish(String title, String subject, int grade, String documentText, String captions) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long material = insert(c, "INSERT INTO content_material (title, subject_code, material_type, language, licence, author_id, school_id, status)"
                    + " VALUES (?, ?, 'E_LECTURE', 'vi', 'CC_BY', 42, 7, 'PUBLISHED')", title, subject);
            String json = "{\"title\":\"" + title + "\",\"description\":null,\"subjectCode\":\"" + subject + "\",\"grades\":[" + grade
                    + "],\"type\":\"E_LECTURE\",\"language\":\"vi\",\"licence\":\"CC_BY\",\"keywords\":[]}";
            long version = insert(c, "INSERT INTO content_material_version (material_id, number, created_by, status, metadata_json, published_at)"
                    + " VALUES (?, 1, 42, 'PUBLISHED', ?, CURRENT_TIMESTAMP(3))", material, json);
            update(c, "UPDATE content_material SET published_version_id = ? WHERE id = ?", version, material);
            file(c, version, "DOCUMENT", documentText);
            file(c, version, "CAPTIONS", captions);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'PUBLISHED')", material);
            c.commit();
            return material;
        }
    }

    private static void file(Connection c, long version, String kind, String text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        long file = insert(c, "INSERT INTO content_material_file (version_id, blob_sha256, original_name, size_bytes, kind, status)"
                + " VALUES (?, REPEAT('a', 64), 'f', 1, ?, 'READY')", version, kind);
        update(c, "INSERT INTO content_file_extract (file_id, body_text) VALUES (?, ?)", file, text);
    }

    private static void retire(long material) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            update(c, "UPDATE content_material SET status = 'RETIRED' WHERE id = ?", material);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'RETIRED')", material);
            c.commit();
        }
    }

    private static int raters = 1000;

    private static void rate(long material, int score) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            update(c, "INSERT INTO content_material_rating (material_id, rater_id, score) VALUES (?, ?, ?)", material, raters++, score);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'RATED')", material);
            c.commit();
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long pending() throws SQLException {
        return single("SELECT COUNT(*) FROM content_search_outbox WHERE processed_at IS NULL");
    }

    private static long lastRowOf(long material) throws SQLException {
        return single("SELECT MAX(id) FROM content_search_outbox WHERE material_id = " + material);
    }

    private static List<String> ids(String query) {
        return index.search(SearchQuery.of(query, 20)).hits().stream().map(MaterialHit::id).toList();
    }
}
