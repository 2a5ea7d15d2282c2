package vn.hoclieu.content.blob;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.devstack.TestDatabase;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.execute;

/** The check command against a real MariaDB: the expected blobs come from content_material_file. */
class BlobCheckMainIT {

    // a stand-in until the materials migration creates the real table; only this column matters here
    private static final String MATERIAL_FILE_TABLE = "CREATE TABLE content_material_file (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " blob_sha256 CHAR(64) NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci";

    @TempDir
    Path root;
    FileBlobStore store;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void openStore() throws IOException {
        store = FileBlobStore.open(root);
    }

    @Test
    void everyReferencedBlobPresentExitsWithZero() throws Exception {
        Database db = database("blob_check_clean");
        execute(db.dataSource(), MATERIAL_FILE_TABLE);
        BlobId id = stored("lesson.pdf");
        // two materials, the same bytes: one blob
        execute(db.dataSource(), "INSERT INTO content_material_file (blob_sha256) VALUES ('" + id + "'), ('" + id + "'), (NULL)");

        assertThat(run(db)).isEqualTo(0);
        assertThat(out()).contains("1 expected", "Result: clean");
    }

    @Test
    void aReferencedBlobTheStoreLacksExitsWithOneAndIsNamed() throws Exception {
        Database db = database("blob_check_missing");
        execute(db.dataSource(), MATERIAL_FILE_TABLE);
        BlobId present = stored("present");
        String lost = FileBlobStoreTest.sha256Hex("lost".getBytes(StandardCharsets.UTF_8));
        execute(db.dataSource(), "INSERT INTO content_material_file (blob_sha256) VALUES ('" + present + "'), ('" + lost + "')");

        assertThat(run(db)).isEqualTo(1);
        assertThat(out()).contains("missing (expected by the database, absent from the store; 2 expected): 1", lost);
    }

    @Test
    void aReferenceThatIsNoBlobIdExitsWithOne() throws Exception {
        Database db = database("blob_check_invalid");
        execute(db.dataSource(), MATERIAL_FILE_TABLE);
        execute(db.dataSource(), "INSERT INTO content_material_file (blob_sha256) VALUES ('../../etc/passwd')");

        assertThat(run(db)).isEqualTo(1);
        assertThat(out()).contains("values that are no SHA-256 blob id: 1", "\"../../etc/passwd\"");
    }

    @Test
    void aDatabaseWithoutTheMaterialFileTableIsAConfigurationError() throws Exception {
        Database db = database("blob_check_no_table");

        assertThat(run(db)).isEqualTo(2);
        assertThat(err()).contains("Table content_material_file does not exist");
    }

    private record Database(String url, DataSource dataSource) {
    }

    private static Database database(String name) {
        String url = TestDatabase.freshDatabase(name);
        return new Database(url, ContentTestDatabase.dataSource(url));
    }

    private int run(Database db) {
        DatabaseSettings settings = new DatabaseSettings(db.url(), TestDatabase.USER, TestDatabase.PASSWORD);
        return BlobCheckMain.run(new String[] {"--root", root.toString(), "--expected-from-db"}, settings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private BlobId stored(String text) throws IOException {
        return store.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE).id();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
