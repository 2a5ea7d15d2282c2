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
import java.util.Set;
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
import vn.hoclieu.search.Searcher;
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
    static final CoreNames SUBJECTS = CoreNames.of(Map.of("TOAN", "Toán", "KHOA_HOC", "Khoa học"), Map.of(), Map.of());

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
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s.replace("</mark> <mark>", " ")).contains("<mark>diệp lục</mark>"));
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
    void usesReachTheIndexAndOrderMostUsedFirst() throws Exception {
        long once = publish("Tranh dân gian Đông Hồ", "TOAN", 5, "", "");
        long twice = publish("Tranh dân gian Hàng Trống", "TOAN", 5, "", "");
        use(once, 501);
        use(twice, 501);
        use(twice, 502);
        drainer().drainAll(10);
        index.refresh();

        var hits = index.search(new SearchQuery("tranh dân gian", Map.of(), vn.hoclieu.search.SearchSort.MOST_USED, 0, 5)).hits();
        assertThat(hits).extracting(MaterialHit::id).startsWith(Long.toString(twice), Long.toString(once));
        assertThat(hits).extracting(MaterialHit::usageCount).startsWith(2L, 1L);
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
        assertThat(lost.missing()).containsExactly(Long.toString(id));

        Reindex.Result rebuilt = reindex.rebuild();
        assertThat(rebuilt.newIndex()).startsWith("hoclieu-materials-v3-");
        assertThat(rebuilt.removedIndices()).isNotEmpty();
        var aliases = SharedDevNode.connection().client().indices().getAlias(a -> a.name(MaterialIndex.ALIAS)).aliases();
        assertThat(aliases).containsOnlyKeys(rebuilt.newIndex());
        index.refresh();
        assertThat(ids("the tich")).containsExactly(Long.toString(id));
        Reindex.Findings after = reindex.check();
        assertThat(after.clean()).as(after.toString()).isTrue();
    }

    @Test
    void workInProgressIsFoundOnlyByThoseWhoMaySeeEveryVersion() throws Exception {
        long id = draft("Thí nghiệm nảy mầm", "KHOA_HOC", 4, 42, 7);
        long pool = inReview(id, 77);
        drainer().drainAll(10);
        index.refresh();

        assertThat(found("nay mam", Searcher.PUBLIC)).isEmpty();
        assertThat(found("nay mam", teacher(43, 7L))).as("another teacher of the same school").isEmpty();
        assertThat(index.suggest("thí nghiệm n", 5)).as("suggestions are public only").isEmpty();
        assertThat(found("nay mam", teacher(42, 7L))).containsExactly(id + ":IN_REVIEW");
        assertThat(found("nay mam", teacher(77, null))).as("the reviewer holding its task").containsExactly(id + ":IN_REVIEW");
        assertThat(found("nay mam", new Searcher(78L, null, false, false, Set.of(pool)))).as("a member of its pool").hasSize(1);
        assertThat(found("nay mam", new Searcher(79L, null, false, false, Set.of(pool + 1)))).as("a reviewer of another pool").isEmpty();
        assertThat(found("nay mam", new Searcher(90L, 7L, true, false, Set.of()))).as("its school's admin").hasSize(1);
        assertThat(found("nay mam", new Searcher(91L, 8L, true, false, Set.of()))).as("another school's admin").isEmpty();
        assertThat(found("nay mam", new Searcher(92L, null, false, true, Set.of()))).as("a district admin").hasSize(1);
    }

    @Test
    void whileVersionTwoIsInTheWorksThePublicFindsVersionOneAndTheAuthorBoth() throws Exception {
        long id = publish("Chu vi vòng tròn", "TOAN", 5, "", "");
        newVersion(id, "Chu vi và diện tích vòng tròn");
        drainer().drainAll(10);
        index.refresh();

        assertThat(found("vong tron", Searcher.PUBLIC)).containsExactly(id + ":PUBLISHED");
        assertThat(found("dien tich vong tron", Searcher.PUBLIC)).as("version 2's words").doesNotContain(id + ":DRAFT");
        assertThat(index.search(SearchQuery.of("diện tích", 5)).hits()).extracting(MaterialHit::title).doesNotContain("Chu vi và diện tích vòng tròn");
        assertThat(found("vong tron", teacher(42, 7L))).containsExactlyInAnyOrder(id + ":PUBLISHED", id + ":DRAFT");
        assertThat(index.suggest("chu vi", 5)).containsExactly("Chu vi vòng tròn");
    }

    @Test
    void reindexUnderConcurrentWritesLosesNoUpdate() throws Exception {
        List<Long> materials = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            materials.add(publish("Đồng thời " + i, "TOAN", 3, "", ""));
        }
        drainer().drainAll(100);
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // teachers keep rating while the application keeps draining, before, during and after the swap
            var writes = pool.submit(() -> {
                java.util.Random random = new java.util.Random(7);
                int n = 0;
                while (rebuilding.get() || n < 40) {
                    rate(materials.get(random.nextInt(materials.size())), 1 + random.nextInt(5));
                    n++;
                }
                return n;
            });
            var drains = pool.submit(() -> {
                while (rebuilding.get()) {
                    drainer().drainOnce(5);
                }
                return null;
            });
            Reindex.Result rebuilt = new Reindex(db, index, SUBJECTS).rebuild();
            rebuilding.set(false);
            assertThat(writes.get()).isGreaterThanOrEqualTo(40);
            drains.get();
            assertThat(rebuilt.documents()).isGreaterThanOrEqualTo(materials.size());
        } finally {
            rebuilding.set(false);
            pool.shutdownNow();
        }
        drainer().drainAll(100);
        index.refresh();
        for (long id : materials) {
            long rated = single("SELECT COUNT(*) FROM content_material_rating WHERE material_id = " + id);
            assertThat(indexedRatingCount(id)).as("ratings of material %d in the index", id).isEqualTo(rated);
        }
        Reindex.Findings after = new Reindex(db, index, SUBJECTS).check();
        assertThat(after.clean()).as(after.toString()).isTrue();
    }

    @Test
    void repairMendsWhatCheckFinds() throws Exception {
        long id = publish("Biểu đồ cột", "TOAN", 5, "", "");
        drainer().drainAll(10);
        SharedDevNode.connection().client().delete(d -> d.index(MaterialIndex.ALIAS).id(Long.toString(id))); // lost behind our back
        index.index(MaterialDocument.basic("990001", "Không có trong cơ sở dữ liệu", null, List.of(), "TOAN", 1, "vi"));
        index.refresh();
        Reindex reindex = new Reindex(db, index, SUBJECTS);
        Reindex.Findings found = reindex.check();
        assertThat(found.missing()).contains(Long.toString(id));
        assertThat(found.extra()).contains("990001");

        assertThat(reindex.repair(found)).isGreaterThanOrEqualTo(2);
        index.refresh();
        Reindex.Findings after = reindex.check();
        assertThat(after.clean()).as(after.toString()).isTrue();
        assertThat(ids("biểu đồ cột")).first().isEqualTo(Long.toString(id));
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

            // the same batch again (a drain retried): the same versions write the same state again
            // (external_gte), the stale one is still refused
            BulkOutcome replay = index.write(target, second);
            assertThat(replay.alreadyNewer()).containsExactly("b3");

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
            MaterialDocument unparseable = new MaterialDocument("b9", "b9", null, MaterialDocument.PUBLIC, "PUBLISHED", "Ngày sai", null,
                List.of(), null, null, null, "TOAN", List.of(3), null, null, "vi", null, null, null, null, List.of(), List.of(),
                "not a date", null, 0, 0, List.of());
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

    /** A first version still a draft, described in the working copy (no snapshot yet). */
    private static long draft(String title, String subject, int grade, long author, long school) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long material = insert(c, "INSERT INTO content_material (title, subject_code, material_type, language, licence, author_id, school_id, status)"
                    + " VALUES (?, ?, 'E_LECTURE', 'vi', 'CC_BY', ?, ?, 'DRAFT')", title, subject, author, school);
            update(c, "INSERT INTO content_material_grade (material_id, grade) VALUES (?, ?)", material, grade);
            insert(c, "INSERT INTO content_material_version (material_id, number, created_by, status) VALUES (?, 1, ?, 'DRAFT')", material, author);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'CONTRIBUTED')", material);
            c.commit();
            return material;
        }
    }

    /** Submits the latest version to a new pool and has this reviewer claim its task; returns the pool. */
    private static long inReview(long material, long reviewer) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long pool = insert(c, "INSERT INTO content_review_pool (name) VALUES ('Khoa học tiểu học')");
            long version = single(c, "SELECT MAX(id) FROM content_material_version WHERE material_id = " + material);
            update(c, "UPDATE content_material_version SET status = 'IN_REVIEW' WHERE id = ?", version);
            update(c, "INSERT INTO content_review_task (material_id, version_id, pool_id, round, seat, status, reviewer_id)"
                    + " VALUES (?, ?, ?, 1, 1, 'CLAIMED', ?)", material, version, pool, reviewer);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'CLAIMED')", material);
            c.commit();
            return pool;
        }
    }

    /** Starts version 2 of a published material and renames the working copy. */
    private static void newVersion(long material, String title) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insert(c, "INSERT INTO content_material_version (material_id, number, created_by, status) VALUES (?, 2, 42, 'DRAFT')", material);
            update(c, "UPDATE content_material SET title = ? WHERE id = ?", title, material);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'VERSION_STARTED')", material);
            c.commit();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
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

    private static void use(long material, long account) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            update(c, "INSERT INTO content_material_use (material_id, account_id) VALUES (?, ?)", material, account);
            update(c, "INSERT INTO content_search_outbox (material_id, reason) VALUES (?, 'USED')", material);
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

    /** Material id and status of each hit this searcher finds. */
    private static List<String> found(String query, Searcher who) {
        return index.search(SearchQuery.of(query, 20), who).hits().stream().map(h -> h.id() + ":" + h.status()).toList();
    }

    private static Searcher teacher(long id, Long school) {
        return new Searcher(id, school, false, false, Set.of());
    }

    @SuppressWarnings("unchecked")
    private static long indexedRatingCount(long material) throws java.io.IOException {
        var doc = SharedDevNode.connection().client().get(g -> g.index(MaterialIndex.ALIAS).id(Long.toString(material)), Map.class);
        return ((Number) doc.source().get("ratingCount")).longValue();
    }

    private static List<String> ids(String query) {
        return index.search(SearchQuery.of(query, 20)).hits().stream().map(MaterialHit::id).toList();
    }
}
