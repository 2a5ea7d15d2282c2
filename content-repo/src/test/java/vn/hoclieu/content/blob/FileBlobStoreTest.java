package vn.hoclieu.content.blob;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileBlobStoreTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @TempDir
    Path root;
    FileBlobStore store;

    @BeforeEach
    void openStore() throws IOException {
        store = FileBlobStore.open(root);
    }

    @Test
    void aBlobIsNamedByTheSha256OfItsBytes() throws IOException {
        byte[] bytes = "Bài giảng Toán lớp 6".getBytes(StandardCharsets.UTF_8);

        StoredBlob stored = store.store(new ByteArrayInputStream(bytes), NO_LIMIT);

        assertThat(stored.id().hex()).isEqualTo(sha256Hex(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.alreadyStored()).isFalse();
    }

    @Test
    void aStoredBlobReadsBackByteForByte() throws IOException {
        byte[] bytes = "nội dung".getBytes(StandardCharsets.UTF_8);
        BlobId id = store.store(new ByteArrayInputStream(bytes), NO_LIMIT).id();

        try (InputStream in = store.open(id)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.size(id)).isEqualTo(bytes.length);
        assertThat(store.exists(id)).isTrue();
    }

    @Test
    void theFileLiesUnderTwoDirectoriesOfTwoHexCharacters() throws IOException {
        BlobId id = store.store(bytes("layout"), NO_LIMIT).id();
        String hex = id.hex();

        assertThat(store.localPath(id)).contains(root.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex));
    }

    @Test
    void storedFilesAreReadOnly() throws IOException {
        Path file = store.localPath(store.store(bytes("immutable"), NO_LIMIT).id()).orElseThrow();

        assertThat(Files.getPosixFilePermissions(file)).doesNotContain(
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws IOException {
        StoredBlob first = store.store(bytes("twice"), NO_LIMIT);
        StoredBlob second = store.store(bytes("twice"), NO_LIMIT);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.alreadyStored()).isTrue();
        assertThat(blobFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() throws IOException {
        StoredBlob stored = store.store(new GeneratedBytes(1, 100), 100);

        assertThat(stored.size()).isEqualTo(100);
    }

    @Test
    void contentOverTheLimitIsRefusedAndLeavesNothingBehind() {
        assertThatExceptionOfType(BlobTooLargeException.class)
                .isThrownBy(() -> store.store(new GeneratedBytes(1, 101), 100))
                .satisfies(e -> assertThat(e.maxBytes()).isEqualTo(100))
                .withMessageContaining("100 bytes");

        assertThat(blobFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void contentOverTheLimitIsNotReadMuchPastTheLimit() {
        GeneratedBytes huge = new GeneratedBytes(1, 10L << 30);
        CountingStream counted = new CountingStream(huge);

        assertThatExceptionOfType(BlobTooLargeException.class).isThrownBy(() -> store.store(counted, 1000));

        assertThat(counted.read).isEqualTo(1001);
    }

    @Test
    void aStreamThatFailsMidwayLeavesNothingBehind() {
        InputStream failing = new InputStream() {
            int left = 200_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset by the uploader");
                }
                return 7;
            }
        };

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> store.store(failing, NO_LIMIT))
                .withMessage("connection reset by the uploader");

        assertThat(blobFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void concurrentStoresOfTheSameAndOfDifferentBytesAllSucceedAndLeaveOneFileEach() throws Exception {
        int writers = 16;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<StoredBlob>> results = new ArrayList<>();
        try {
            for (int writer = 0; writer < writers; writer++) {
                // half write the same 3 MiB, half each their own
                long seed = writer % 2 == 0 ? 42 : 1000 + writer;
                results.add(pool.submit(() -> {
                    together.await();
                    return store.store(new GeneratedBytes(seed, 3 << 20), NO_LIMIT);
                }));
            }
            for (int writer = 0; writer < writers; writer++) {
                long seed = writer % 2 == 0 ? 42 : 1000 + writer;
                assertThat(results.get(writer).get().id().hex()).isEqualTo(GeneratedBytes.sha256Of(seed, 3 << 20));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(blobFiles()).hasSize(1 + writers / 2);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(new BlobIntegrityCheck(store).run().clean()).isTrue();
    }

    @Test
    void aLargeStreamIsStoredWithoutBeingHeldInMemory() throws IOException {
        long size = 64L << 20;
        store.store(new GeneratedBytes(0, 10), NO_LIMIT); // classes loaded, buffers cached
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        StoredBlob stored = store.store(new GeneratedBytes(7, size), NO_LIMIT);

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(allocated).as("bytes allocated on the heap to store 64 MiB").isLessThan(4L << 20);
        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.id().hex()).isEqualTo(GeneratedBytes.sha256Of(7, size));
    }

    @Test
    void movingInAFileRenamesItIntoTheStore() throws IOException {
        Path upload = Files.write(root.resolve("assembled-upload"), "chunks".getBytes(StandardCharsets.UTF_8));
        Object inode = Files.readAttributes(upload, BasicFileAttributes.class).fileKey();

        StoredBlob stored = store.moveIn(upload);

        assertThat(upload).doesNotExist();
        assertThat(stored.id().hex()).isEqualTo(sha256Hex("chunks".getBytes(StandardCharsets.UTF_8)));
        Path file = store.localPath(stored.id()).orElseThrow();
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).as("same file, not a copy").isEqualTo(inode);
        assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void movingInBytesAlreadyStoredDropsTheFile() throws IOException {
        store.store(bytes("again"), NO_LIMIT);
        Path upload = Files.write(root.resolve("assembled-upload"), "again".getBytes(StandardCharsets.UTF_8));

        StoredBlob stored = store.moveIn(upload);

        assertThat(stored.alreadyStored()).isTrue();
        assertThat(upload).doesNotExist();
        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void aDamagedCopyOfTheWrongSizeIsReplacedWhenTheBytesAreStoredAgain() throws IOException {
        BlobId id = store.store(bytes("whole content"), NO_LIMIT).id();
        Path file = store.localPath(id).orElseThrow();
        Files.delete(file);
        Files.writeString(file, "whole"); // as if truncated

        StoredBlob again = store.store(bytes("whole content"), NO_LIMIT);

        assertThat(again.alreadyStored()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("whole content");
    }

    @Test
    void anAbsentBlobIsReportedAsNotFound() {
        BlobId absent = BlobId.of(BlobIdTest.EMPTY_SHA256);

        assertThat(store.exists(absent)).isFalse();
        assertThatExceptionOfType(BlobNotFoundException.class).isThrownBy(() -> store.open(absent));
        assertThatExceptionOfType(BlobNotFoundException.class).isThrownBy(() -> store.size(absent));
        assertThatExceptionOfType(BlobNotFoundException.class).isThrownBy(() -> store.localPath(absent))
                .satisfies(e -> assertThat(e.id()).isEqualTo(absent));
    }

    @Test
    void deletingRemovesTheBlobAndSaysWhetherItWasThere() throws IOException {
        BlobId id = store.store(bytes("garbage"), NO_LIMIT).id();

        assertThat(store.delete(id)).isTrue();
        assertThat(store.exists(id)).isFalse();
        assertThat(store.delete(id)).isFalse();
    }

    @Test
    void listingGivesEveryBlobAndNothingElse() throws IOException {
        BlobId one = store.store(bytes("one"), NO_LIMIT).id();
        BlobId two = store.store(bytes("two"), NO_LIMIT).id();
        Files.writeString(store.localPath(one).orElseThrow().resolveSibling("notes.txt"), "stray");
        Files.writeString(Files.createTempFile(root.resolve("tmp"), "blob-", ".part"), "in progress");

        try (Stream<BlobId> ids = store.list()) {
            assertThat(ids).containsExactlyInAnyOrder(one, two);
        }
    }

    @Test
    void openingCreatesTheStoreDirectories() throws IOException {
        Path fresh = root.resolve("new-store");

        FileBlobStore.open(fresh);

        assertThat(fresh.resolve("sha256")).isDirectory();
        assertThat(fresh.resolve("tmp")).isDirectory();
    }

    @Test
    void openingAnExistingStoreRefusesADirectoryThatIsNone() {
        Path mistyped = root.resolve("nothing-here");

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> FileBlobStore.openExisting(mistyped));
        assertThat(mistyped).doesNotExist();
    }

    @Test
    void aNegativeLimitIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.store(bytes("x"), -1));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> blobFiles() {
        return filesUnder(root.resolve("sha256"));
    }

    private List<Path> temporaryFiles() {
        return filesUnder(root.resolve("tmp"));
    }

    private static List<Path> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final class CountingStream extends InputStream {
        private final InputStream source;
        long read;

        CountingStream(InputStream source) {
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = source.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = source.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
