package vn.hoclieu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Re-hashes every blob of a {@link FileBlobStore} (streaming, one at a time) and reports blobs whose
 * content no longer matches their name, blobs the database expects but the store lacks, files that
 * are not blobs in their place, and temporary files older than a day.
 */
public final class BlobIntegrityCheck {

    /** Younger temporary files may belong to a write in progress (a slow 2 GB upload). */
    public static final Duration STALE_TEMPORARY_AGE = Duration.ofDays(1);
    static final int LISTED_PER_KIND = 1000;

    /** Told after each blob re-hashed: a full check of a district's store takes hours. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (blobs, bytes) -> { };

        void checked(long blobs, long bytes);
    }

    private final FileBlobStore store;
    private final Progress progress;
    private final Clock clock;

    public BlobIntegrityCheck(FileBlobStore store) {
        this(store, Progress.NONE);
    }

    public BlobIntegrityCheck(FileBlobStore store, Progress progress) {
        this(store, progress, Clock.systemUTC());
    }

    BlobIntegrityCheck(FileBlobStore store, Progress progress, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    /** Checks the store on its own: every blob's content, stray and stale files. */
    public IntegrityReport run() throws IOException {
        return run(OptionalLong.empty(), Findings.none());
    }

    /**
     * Also looks for each expected id; give each id once ({@code SELECT DISTINCT}). The ids are
     * consumed first, before the long re-hash, so that a database cursor behind them is done within
     * seconds.
     */
    public IntegrityReport run(Stream<BlobId> expected) throws IOException {
        Collector<BlobId> missing = new Collector<>();
        long expectedCount = 0;
        for (Iterator<BlobId> ids = expected.iterator(); ids.hasNext(); ) {
            BlobId id = ids.next();
            expectedCount++;
            if (!store.exists(id)) {
                missing.add(id);
            }
        }
        return run(OptionalLong.of(expectedCount), missing.findings());
    }

    private IntegrityReport run(OptionalLong expectedChecked, Findings<BlobId> missing) throws IOException {
        Collector<CorruptBlob> corrupt = new Collector<>();
        long blobs = 0;
        long bytes = 0;
        try (Stream<BlobId> ids = store.list()) {
            for (Iterator<BlobId> each = ids.iterator(); each.hasNext(); ) {
                BlobId id = each.next();
                Hashed hashed;
                try {
                    hashed = hash(id);
                } catch (BlobNotFoundException deletedMeanwhile) {
                    continue;
                } catch (IOException e) {
                    corrupt.add(new CorruptBlob(id, "unreadable: " + e));
                    continue;
                }
                blobs++;
                bytes += hashed.size();
                if (!hashed.id().equals(id)) {
                    corrupt.add(new CorruptBlob(id, "content hashes to " + hashed.id()));
                }
                progress.checked(blobs, bytes);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new IntegrityReport(blobs, bytes, corrupt.findings(), expectedChecked, missing,
                unexpectedFiles(), staleTemporaryFiles());
    }

    private Hashed hash(BlobId id) throws IOException {
        MessageDigest sha256 = FileBlobStore.sha256();
        long size = 0;
        try (InputStream in = store.open(id)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                sha256.update(buffer, 0, read);
                size += read;
            }
        }
        return new Hashed(BlobId.ofDigest(sha256.digest()), size);
    }

    private Findings<Path> unexpectedFiles() throws IOException {
        Collector<Path> unexpected = new Collector<>();
        try (Stream<Path> files = store.unexpectedFiles()) {
            files.forEach(unexpected::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return unexpected.findings();
    }

    private Findings<Path> staleTemporaryFiles() throws IOException {
        Instant staleBefore = clock.instant().minus(STALE_TEMPORARY_AGE);
        Collector<Path> stale = new Collector<>();
        try (Stream<Path> files = store.temporaryFiles()) {
            for (Iterator<Path> each = files.iterator(); each.hasNext(); ) {
                Path file = each.next();
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(staleBefore)) {
                        stale.add(file);
                    }
                } catch (NoSuchFileException finishedMeanwhile) {
                    // a write completed (renamed into place) while we looked
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return stale.findings();
    }

    private record Hashed(BlobId id, long size) {
    }

    private static final class Collector<T> {
        private final List<T> listed = new ArrayList<>();
        private long count;

        void add(T item) {
            count++;
            if (listed.size() < LISTED_PER_KIND) {
                listed.add(item);
            }
        }

        Findings<T> findings() {
            return new Findings<>(count, listed);
        }
    }
}
