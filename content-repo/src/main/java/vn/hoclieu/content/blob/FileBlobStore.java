package vn.hoclieu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Blobs as files under a root directory: {@code sha256/ab/cd/abcd…} (two levels of two hex
 * characters, so that no directory grows past 65 536 entries for a district's millions of files),
 * written first into {@code tmp/} of the same root, then renamed into place. The rename is atomic
 * (readers see no file or the whole file, never a part) and needs the same file system, which is
 * why {@code tmp/} lives inside the root and not in {@code java.io.tmpdir}.
 *
 * <p>Any number of threads and processes may share one root: two writers of the same bytes both
 * succeed and leave one file, because the second rename replaces the first file with identical
 * bytes. Files are made read-only before they are placed; nothing ever writes a blob again.
 */
public final class FileBlobStore implements BlobStore {

    static final String BLOBS = "sha256";
    static final String TEMPORARY = "tmp";
    static final String TEMPORARY_PREFIX = "blob-";

    private static final int BUFFER_BYTES = 64 * 1024;
    // group-readable so that application server and workers can share a group; no one writes
    private static final Set<PosixFilePermission> READ_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ);

    private final Path root;
    private final Path blobs;
    private final Path temporary;

    private FileBlobStore(Path root) {
        this.root = root;
        this.blobs = root.resolve(BLOBS);
        this.temporary = root.resolve(TEMPORARY);
    }

    /** The store at {@code root}, created (directories and all) if absent. */
    public static FileBlobStore open(Path root) throws IOException {
        FileBlobStore store = new FileBlobStore(root.toAbsolutePath().normalize());
        Files.createDirectories(store.blobs);
        Files.createDirectories(store.temporary);
        return store;
    }

    /** The store at {@code root}, which must exist: a checker must not create a store at a mistyped path. */
    public static FileBlobStore openExisting(Path root) throws IOException {
        FileBlobStore store = new FileBlobStore(root.toAbsolutePath().normalize());
        if (!Files.isDirectory(store.blobs)) {
            throw new NoSuchFileException(store.blobs.toString(), null, "not a blob store (no " + BLOBS + "/ directory)");
        }
        return store;
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredBlob store(InputStream content, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        Path part = Files.createTempFile(temporary, TEMPORARY_PREFIX, ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                ByteBuffer chunk = ByteBuffer.wrap(buffer);
                while (true) {
                    // read at most one byte past the limit: the source may be a slow upload of far more
                    long remaining = maxBytes - size;
                    int wanted = remaining < buffer.length ? (int) remaining + 1 : buffer.length;
                    int read = content.read(buffer, 0, wanted);
                    if (read < 0) {
                        break;
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw new BlobTooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    chunk.clear().limit(read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                // on disk before it gets a name: after a crash a blob is whole or absent
                out.force(true);
            }
            return place(part, BlobId.ofDigest(sha256.digest()), size);
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(part, e);
            throw e;
        }
    }

    @Override
    public StoredBlob moveIn(Path file) throws IOException {
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(source.toString(), null, "not a regular file");
        }
        // hash in place: renaming a 2 GB file costs nothing, copying it costs another 2 GB of writes
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer chunk = ByteBuffer.allocate(BUFFER_BYTES);
            int read;
            while ((read = in.read(chunk.clear())) >= 0) {
                sha256.update(chunk.flip());
                size += read;
            }
            in.force(true);
        }
        BlobId id = BlobId.ofDigest(sha256.digest());
        try {
            return place(source, id, size);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            StoredBlob stored;
            try (InputStream in = Files.newInputStream(source)) {
                stored = store(in, Long.MAX_VALUE);
            }
            if (!stored.id().equals(id)) {
                throw new IOException("File changed while it was being stored: " + source);
            }
            deleteFile(source);
            return stored;
        }
    }

    /** Gives a complete, synced file its name in the store; {@code ready} is gone afterwards. */
    private StoredBlob place(Path ready, BlobId id, long size) throws IOException {
        Path target = pathOf(id);
        if (isWhole(target, size)) {
            deleteFile(ready);
            return new StoredBlob(id, size, true);
        }
        makeReadOnly(ready);
        Files.createDirectories(target.getParent());
        try {
            // rename(2) replaces atomically: a writer racing with the same bytes is replaced by the
            // same bytes, and a damaged file of the wrong size is healed
            Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (IOException e) {
            // file systems that will not replace a read-only file: another writer was first
            if (isWhole(target, size)) {
                deleteFile(ready);
                return new StoredBlob(id, size, true);
            }
            throw e;
        }
        syncDirectory(target.getParent());
        return new StoredBlob(id, size, false);
    }

    @Override
    public InputStream open(BlobId id) throws IOException {
        try {
            return Files.newInputStream(pathOf(id));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(id);
        }
    }

    @Override
    public Optional<Path> localPath(BlobId id) throws IOException {
        Path path = pathOf(id);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BlobNotFoundException(id);
        }
        return Optional.of(path);
    }

    @Override
    public boolean exists(BlobId id) {
        return Files.isRegularFile(pathOf(id), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public long size(BlobId id) throws IOException {
        try {
            return Files.size(pathOf(id));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(id);
        }
    }

    @Override
    public boolean delete(BlobId id) throws IOException {
        // directories stay: removing them would race with a writer about to rename into them
        return deleteFile(pathOf(id));
    }

    @Override
    public Stream<BlobId> list() throws IOException {
        return Files.find(blobs, 3, (path, attributes) -> attributes.isRegularFile())
                .map(this::blobAt)
                .flatMap(Optional::stream);
    }

    /** Everything under {@code sha256/} that is not a blob in its place: stray, misplaced, links. */
    Stream<Path> unexpectedFiles() throws IOException {
        return Files.find(blobs, Integer.MAX_VALUE, (path, attributes) ->
                !attributes.isDirectory() && (!attributes.isRegularFile() || blobAt(path).isEmpty()));
    }

    /** Files in {@code tmp/}: writes in progress, or left by writers that died. */
    Stream<Path> temporaryFiles() throws IOException {
        return Files.isDirectory(temporary) ? Files.list(temporary) : Stream.empty();
    }

    Path pathOf(BlobId id) {
        String hex = id.hex();
        return blobs.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    /** The blob whose proper place this is, if the file's name and directories fit. */
    private Optional<BlobId> blobAt(Path path) {
        String name = path.getFileName().toString();
        if (!BlobId.isValid(name)) {
            return Optional.empty();
        }
        BlobId id = BlobId.of(name);
        return pathOf(id).equals(path) ? Optional.of(id) : Optional.empty();
    }

    private static boolean isWhole(Path target, long size) {
        try {
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(READ_ONLY);
        } else if (!file.toFile().setWritable(false)) {
            throw new IOException("Cannot make read-only: " + file);
        }
    }

    private static boolean deleteFile(Path file) throws IOException {
        try {
            return Files.deleteIfExists(file);
        } catch (AccessDeniedException e) {
            // Windows refuses to delete read-only files; POSIX asks only about the directory
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null && file.toFile().setWritable(true)) {
                return Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    private static void deleteAfterFailure(Path part, Throwable failure) {
        try {
            deleteFile(part);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void syncDirectory(Path directory) {
        // makes the new name durable on Linux; other platforms cannot open a directory, and there
        // the rename's durability is the file system's business
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort, see above
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
