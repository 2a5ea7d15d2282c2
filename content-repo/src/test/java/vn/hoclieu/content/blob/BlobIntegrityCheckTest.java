package vn.hoclieu.content.blob;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BlobIntegrityCheckTest {

    private static final Instant NOW = Instant.parse("2025-09-05T07:00:00Z");

    @TempDir
    Path root;
    FileBlobStore store;
    BlobIntegrityCheck check;

    @BeforeEach
    void openStore() throws IOException {
        store = FileBlobStore.open(root);
        check = new BlobIntegrityCheck(store, BlobIntegrityCheck.Progress.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aStoreOfIntactBlobsIsClean() throws IOException {
        BlobId one = stored("one");
        BlobId two = stored("two");

        IntegrityReport report = check.run(Stream.of(one, two));

        assertThat(report.clean()).isTrue();
        assertThat(report.blobsChecked()).isEqualTo(2);
        assertThat(report.bytesChecked()).isEqualTo(6);
        assertThat(report.expectedChecked()).hasValue(2);
        assertThat(report.summary()).endsWith("Result: clean");
    }

    @Test
    void aBlobWhoseBytesWereAlteredIsCorrupt() throws IOException {
        BlobId altered = stored("original text");
        stored("untouched");
        overwrite(store.localPath(altered).orElseThrow(), "0riginal text");

        IntegrityReport report = check.run();

        assertThat(report.clean()).isFalse();
        assertThat(report.corrupt().listed()).singleElement().satisfies(corrupt -> {
            assertThat(corrupt.id()).isEqualTo(altered);
            assertThat(corrupt.finding()).startsWith("content hashes to ");
        });
        assertThat(report.summary()).contains(altered.hex()).endsWith("Result: PROBLEMS FOUND");
    }

    @Test
    void aBlobTheDatabaseExpectsButTheStoreLacksIsMissing() throws IOException {
        BlobId present = stored("present");
        BlobId lost = BlobId.of(FileBlobStoreTest.sha256Hex("never stored".getBytes(StandardCharsets.UTF_8)));

        IntegrityReport report = check.run(Stream.of(present, lost));

        assertThat(report.missing().listed()).containsExactly(lost);
        assertThat(report.corrupt().isEmpty()).isTrue();
        assertThat(report.clean()).isFalse();
    }

    @Test
    void withoutExpectedIdsMissingBlobsAreNotLookedFor() throws IOException {
        stored("alone");

        IntegrityReport report = check.run();

        assertThat(report.expectedChecked()).isEmpty();
        assertThat(report.summary()).contains("missing: not looked for");
    }

    @Test
    void aFileThatIsNotABlobInItsPlaceIsUnexpected() throws IOException {
        BlobId id = stored("placed");
        Path stray = Files.writeString(store.localPath(id).orElseThrow().resolveSibling("notes.txt"), "stray");
        Path misplaced = root.resolve("sha256").resolve(id.hex());
        Files.copy(store.localPath(id).orElseThrow(), misplaced);

        IntegrityReport report = check.run();

        assertThat(report.unexpected().listed()).containsExactlyInAnyOrder(stray, misplaced);
        assertThat(report.corrupt().isEmpty()).isTrue();
    }

    @Test
    void temporaryFilesOlderThanADayAreStale() throws IOException {
        Path abandoned = temporaryFileModified(NOW.minus(Duration.ofDays(1)).minusSeconds(1));

        IntegrityReport report = check.run();

        assertThat(report.staleTemporary().listed()).containsExactly(abandoned);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void youngerTemporaryFilesAreWritesInProgress() throws IOException {
        temporaryFileModified(NOW.minus(Duration.ofHours(23)));

        assertThat(check.run().clean()).isTrue();
    }

    @Test
    void longListsAreCutButTheirCountIsExact() throws IOException {
        Stream<BlobId> absent = LongStream.range(0, 1500)
                .mapToObj(i -> BlobId.of(FileBlobStoreTest.sha256Hex(Long.toString(i).getBytes(StandardCharsets.UTF_8))));

        IntegrityReport report = check.run(absent);

        assertThat(report.missing().count()).isEqualTo(1500);
        assertThat(report.missing().listed()).hasSize(BlobIntegrityCheck.LISTED_PER_KIND);
        assertThat(report.summary()).contains("… and 500 more");
    }

    @Test
    void progressIsToldAfterEachBlob() throws IOException {
        stored("a");
        stored("bc");
        long[] last = new long[2];

        new BlobIntegrityCheck(store, (blobs, bytes) -> {
            last[0] = blobs;
            last[1] = bytes;
        }).run();

        assertThat(last).containsExactly(2, 3);
    }

    private BlobId stored(String text) throws IOException {
        return store.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE).id();
    }

    private Path temporaryFileModified(Instant modified) throws IOException {
        Path file = Files.createTempFile(root.resolve("tmp"), "blob-", ".part");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** Bit rot, or someone "fixing" a file by hand. */
    static void overwrite(Path blob, String content) throws IOException {
        Files.setPosixFilePermissions(blob, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Files.writeString(blob, content);
    }
}
