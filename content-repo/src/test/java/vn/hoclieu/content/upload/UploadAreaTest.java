package vn.hoclieu.content.upload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.blob.BlobId;
import vn.hoclieu.content.blob.FileBlobStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadAreaTest {

    private static final long TEACHER = 7;
    private static final byte[] BYTES = "Bài giảng: phép nhân lớp 3 — bảng nhân 2, 3, 4, 5".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private FileBlobStore blobs;
    private UploadArea uploads;

    @BeforeEach
    void area() throws IOException {
        blobs = FileBlobStore.open(dir.resolve("blobs"));
        uploads = new UploadArea(dir.resolve("blobs/uploads"), blobs);
    }

    @Test
    void bytesSentInTwoPartsBecomeOneBlob() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "bài giảng.txt", "text/plain");

        uploads.append(upload.id(), TEACHER, 0, new ByteArrayInputStream(BYTES, 0, 10));
        Upload done = uploads.append(upload.id(), TEACHER, 10, new ByteArrayInputStream(BYTES, 10, BYTES.length - 10));

        assertThat(done.complete()).isTrue();
        assertThat(done.blobSha256()).contains(sha256(BYTES));
        assertThat(blobs.open(new BlobId(sha256(BYTES))).readAllBytes()).isEqualTo(BYTES);
    }

    @Test
    void aResumedUploadLearnsItsOffsetFromWhatArrived() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "a.txt", "text/plain");
        uploads.append(upload.id(), TEACHER, 0, new ByteArrayInputStream(BYTES, 0, 17));

        assertThat(uploads.find(upload.id(), TEACHER).orElseThrow().offset()).isEqualTo(17);
    }

    @Test
    void aChunkAtTheWrongOffsetIsRefused() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "a.txt", "text/plain");

        assertThatThrownBy(() -> uploads.append(upload.id(), TEACHER, 5, new ByteArrayInputStream(BYTES)))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo(UploadRefusedException.Code.OFFSET_MISMATCH);
    }

    @Test
    void moreBytesThanDeclaredAreRefused() throws Exception {
        Upload upload = uploads.create(TEACHER, 4, "a.txt", "text/plain");

        assertThatThrownBy(() -> uploads.append(upload.id(), TEACHER, 0, new ByteArrayInputStream(BYTES)))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo(UploadRefusedException.Code.TOO_LARGE);
    }

    @Test
    void aConnectionLostMidChunkKeepsWhatArrived() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "a.txt", "text/plain");
        InputStream dropsAfter12 = new java.io.SequenceInputStream(new ByteArrayInputStream(BYTES, 0, 12), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> uploads.append(upload.id(), TEACHER, 0, dropsAfter12)).isInstanceOf(IOException.class);

        assertThat(uploads.find(upload.id(), TEACHER).orElseThrow().offset()).isEqualTo(12);
    }

    @Test
    void aRefusedOversizeChunkLeavesTheEarlierBytesAlone() throws Exception {
        Upload upload = uploads.create(TEACHER, 20, "a.txt", "text/plain");
        uploads.append(upload.id(), TEACHER, 0, new ByteArrayInputStream(BYTES, 0, 5));

        assertThatThrownBy(() -> uploads.append(upload.id(), TEACHER, 5, new ByteArrayInputStream(BYTES))).isInstanceOf(UploadRefusedException.class);

        assertThat(uploads.find(upload.id(), TEACHER).orElseThrow().offset()).isEqualTo(5);
        assertThat(uploads.append(upload.id(), TEACHER, 5, new ByteArrayInputStream(BYTES, 5, 15)).complete()).isTrue();
    }

    @Test
    void anotherPersonsUploadIsInvisible() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "a.txt", "text/plain");

        assertThat(uploads.find(upload.id(), 8)).isEmpty();
        assertThat(uploads.delete(upload.id(), 8)).isFalse();
    }

    @Test
    void anIdThatIsNotOursNeverBecomesAPath() throws Exception {
        assertThat(uploads.find("../../etc/passwd", TEACHER)).isEmpty();
    }

    @Test
    void anEmptyFileIsCompleteAtOnce() throws Exception {
        assertThat(uploads.create(TEACHER, 0, "rong.txt", "text/plain").blobSha256()).contains(sha256(new byte[0]));
    }

    @Test
    void anUploadStartedBeforeTheCutoffExpiresWithItsBytes() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "cu.txt", "text/plain");
        uploads.append(upload.id(), TEACHER, 0, new java.io.ByteArrayInputStream(BYTES, 0, 10));

        int expired = uploads.expireStartedBefore(java.time.Instant.now().plusSeconds(1));

        assertThat(expired).isEqualTo(1);
        assertThat(uploads.find(upload.id(), TEACHER)).isEmpty();
        assertThat(dir.resolve("blobs/uploads")).isEmptyDirectory();
    }

    @Test
    void severalExpiredUploadsGoTogetherWhateverOrderTheDirectoryListsThemIn() throws Exception {
        for (int i = 0; i < 20; i++) {
            Upload upload = uploads.create(TEACHER, BYTES.length, "cu-" + i + ".txt", "text/plain");
            uploads.append(upload.id(), TEACHER, 0, new java.io.ByteArrayInputStream(BYTES, 0, 10));
        }

        assertThat(uploads.expireStartedBefore(java.time.Instant.now().plusSeconds(1))).isEqualTo(20);
        assertThat(dir.resolve("blobs/uploads")).isEmptyDirectory();
    }

    @Test
    void anUploadStartedAfterTheCutoffStays() throws Exception {
        Upload upload = uploads.create(TEACHER, BYTES.length, "moi.txt", "text/plain");

        assertThat(uploads.expireStartedBefore(java.time.Instant.now().minusSeconds(3600))).isZero();
        assertThat(uploads.find(upload.id(), TEACHER)).isPresent();
    }

    @Test
    void fileNamesKeepVietnameseButLosePaths() {
        assertThat(UploadArea.safeName("C:\\Users\\cô Lan\\Bài giảng phép nhân.pdf")).isEqualTo("Bài giảng phép nhân.pdf");
        assertThat(UploadArea.safeName("../..")).isEqualTo("file");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
