package vn.hoclieu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Content-addressed storage of immutable bytes: a blob is named by the SHA-256 of its content, so
 * the same bytes are stored once however often they are uploaded. Deliberately narrow, so that an
 * S3-compatible store can implement it later. Blobs may be larger than 2 GB: everything streams.
 */
public interface BlobStore {

    /**
     * Stores the stream's bytes (read to its end, not closed), hashing them while writing.
     *
     * @throws BlobTooLargeException the stream held more than {@code maxBytes}; nothing is kept
     */
    StoredBlob store(InputStream content, long maxBytes) throws IOException;

    /**
     * Stores a complete file that the caller hands over (for instance an upload's assembled
     * chunks): afterwards the file is gone from its path, moved into the store when it can be,
     * else copied and deleted. The caller must no longer write to it.
     */
    StoredBlob moveIn(Path file) throws IOException;

    /** @throws BlobNotFoundException no such blob */
    InputStream open(BlobId id) throws IOException;

    /**
     * The blob's file, for readers that want a path (workers, HTTP range responses); empty for
     * stores that keep no local files.
     *
     * @throws BlobNotFoundException no such blob
     */
    Optional<Path> localPath(BlobId id) throws IOException;

    boolean exists(BlobId id) throws IOException;

    /** @throws BlobNotFoundException no such blob */
    long size(BlobId id) throws IOException;

    /**
     * Removes a blob (garbage collection). The caller must be sure no one references it, nor is
     * about to: a concurrent {@code store} of the same bytes may have just answered "already stored".
     *
     * @return whether the blob was there
     */
    boolean delete(BlobId id) throws IOException;

    /** Every blob's id, in no particular order; close the stream (it may hold directory handles). */
    Stream<BlobId> list() throws IOException;
}
