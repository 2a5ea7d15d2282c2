package vn.hoclieu.content.ingest.file;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.content.blob.FileBlobStore;
import vn.hoclieu.content.blob.StoredBlob;
import vn.hoclieu.content.ingest.internal.ClaimedJob;
import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.count;

/**
 * The worker's side of ingest, end to end on real files: bytes in the blob store, the file row,
 * the isolated child JVM doing Tika/FFmpeg work, and what it leaves in the database and the store.
 */
class IngestFileJobIT {

    @TempDir
    static Path dir;

    private static DataSource db;
    private static FileBlobStore blobs;
    private static IngestFileJob job;

    @BeforeAll
    static void worker() throws IOException {
        db = ContentTestDatabase.migrated("content_ingest_file");
        blobs = FileBlobStore.open(dir.resolve("blobs"));
        job = new IngestFileJob(db, blobs, new IsolatedTaskRunner(), Files.createDirectories(dir.resolve("work")));
    }

    @AfterAll
    static void stopTheChild() throws InterruptedException {
        job.close();
    }

    @Test
    void aVietnamesePdfBecomesReadyWithItsTextAndAThumbnail() throws Exception {
        long file = uploaded("extraction/vi_debian-maint-guide.vi.pdf", "Hướng dẫn Debian.pdf");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("READY");
        assertThat(text(file)).contains("Debian").containsPattern("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]");
        assertThat(count(db, "SELECT COUNT(*) FROM content_file_rendition WHERE file_id = ? AND role = 'THUMBNAIL'", file)).isEqualTo(1);
        assertThat(blobs.list().count()).as("original + thumbnail").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aVideoGetsBothLowBandwidthRenditionsAndAPoster() throws Exception {
        long file = uploaded("media/ODD_bbb_many_tracks_100-subtitle-tracks_no-audio.mp4", "bai-hoc.mp4");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("READY");
        assertThat(count(db, "SELECT COUNT(*) FROM content_file_rendition WHERE file_id = ? AND role IN ('VIDEO_360P','VIDEO_240P','POSTER')", file))
                .isEqualTo(3);
    }

    @Test
    void srtCaptionsAreKeptAsWebVttWithTheirTextForSearch() throws Exception {
        long file = uploaded("media/ODD_popeye-sinbad-1936_T03-4_no-audio_dvdsub.eng.srt", "phu-de.srt");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("READY");
        assertThat(count(db, "SELECT COUNT(*) FROM content_file_rendition WHERE file_id = ? AND role = 'CAPTIONS_VTT'", file)).isEqualTo(1);
        assertThat(text(file)).isNotBlank().doesNotContain("-->");
    }

    @Test
    void anEncryptedPdfFailsWithAReasonAndTheWorkerCarriesOn() throws Exception {
        long file = uploaded("extraction/ENCRYPTED_forensics_a-text-pass-peanuts_RC4.pdf", "de-thi.pdf");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("FAILED");
        assertThat(failureCode(file)).isEqualTo("encrypted");
    }

    @Test
    void aTextFileNamedLikeAVideoIsRefusedAsATypeMismatch() throws Exception {
        long file = uploadedBytes("đây không phải là video".getBytes(java.nio.charset.StandardCharsets.UTF_8), "bai-giang.mp4");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("FAILED");
        assertThat(failureCode(file)).isEqualTo("type-mismatch");
    }

    @Test
    void aTruncatedVideoFails() throws Exception {
        byte[] whole = resource("media/ODD_bbb_many_tracks_100-subtitle-tracks_no-audio.mp4");
        long file = uploadedBytes(java.util.Arrays.copyOf(whole, whole.length * 2 / 5), "cat-ngang.mp4");

        job.handle(claimed(file));

        assertThat(status(file)).isEqualTo("FAILED");
        assertThat(failureCode(file)).isIn("truncated", "corrupt", "not-a-video");
    }

    private static long uploaded(String resource, String originalName) throws Exception {
        return uploadedBytes(resource(resource), originalName);
    }

    private static long uploadedBytes(byte[] bytes, String originalName) throws Exception {
        StoredBlob blob = blobs.store(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO content_material (title, subject_code, material_type, language, licence, author_id)"
                    + " VALUES ('Thử nghiệm', 'TOAN', 'E_LECTURE', 'vi', 'CC_BY', 1)", Statement.RETURN_GENERATED_KEYS);
            long material = generated(s);
            s.executeUpdate("INSERT INTO content_material_version (material_id, number, created_by) VALUES (" + material + ", 1, 1)",
                    Statement.RETURN_GENERATED_KEYS);
            long version = generated(s);
            try (PreparedStatement f = c.prepareStatement("INSERT INTO content_material_file (version_id, blob_sha256, original_name,"
                    + " size_bytes) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                f.setLong(1, version);
                f.setString(2, blob.id().hex());
                f.setString(3, originalName);
                f.setLong(4, bytes.length);
                f.executeUpdate();
                return generated(f);
            }
        }
    }

    private static ClaimedJob claimed(long fileId) {
        return new ClaimedJob(fileId, IngestFileJob.KIND, "{\"fileId\":" + fileId + "}", 1, 3, "worker-it");
    }

    private static String status(long file) throws Exception {
        return column(file, "status");
    }

    private static String failureCode(long file) throws Exception {
        return column(file, "failure_code");
    }

    private static String column(long file, String column) throws Exception {
        try (Connection c = db.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT " + column + " FROM content_material_file WHERE id = " + file)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String text(long file) throws Exception {
        try (Connection c = db.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT body_text FROM content_file_extract WHERE file_id = " + file)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static long generated(Statement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IngestFileJobIT.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
