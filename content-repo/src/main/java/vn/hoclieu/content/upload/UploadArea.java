package vn.hoclieu.content.upload;

import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.blob.StoredBlob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where resumable uploads collect their bytes before they become blobs: one {@code .part} file and
 * one {@code .properties} file per upload, on the blob store's volume (so completion is a move, and
 * every application node sharing the volume can resume any upload). Nothing is held in memory.
 */
public final class UploadArea {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER = 64 * 1024;

    private final Path dir;
    private final BlobStore blobs;

    public UploadArea(Path dir, BlobStore blobs) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.blobs = blobs;
    }

    public Upload create(long ownerId, long length, String fileName, String declaredType) throws IOException {
        if (length < 0) {
            throw new UploadRefusedException(UploadRefusedException.Code.INVALID, "Upload-Length must be ≥ 0");
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        Files.createFile(part(id));
        Upload upload = new Upload(id, ownerId, length, 0, safeName(fileName), declaredType, Instant.now(), Optional.empty());
        save(upload);
        return length == 0 ? finish(upload) : upload;
    }

    /** The upload, if it exists and belongs to the owner (another person's upload id reveals nothing). */
    public Optional<Upload> find(String id, long ownerId) throws IOException {
        if (!ID.matcher(id).matches() || !Files.exists(meta(id))) {
            return Optional.empty();
        }
        Upload upload = load(id);
        return upload.ownerId() == ownerId ? Optional.of(upload) : Optional.empty();
    }

    /**
     * Appends the bytes that follow {@code offset}; stops at the declared length (more is refused)
     * and keeps whatever arrived before a dropped connection. Completes the upload into a blob
     * when the last byte arrives.
     */
    public Upload append(String id, long ownerId, long offset, InputStream bytes) throws IOException {
        Upload upload = find(id, ownerId).orElseThrow(() -> new UploadRefusedException(UploadRefusedException.Code.NOT_FOUND, id));
        if (upload.complete()) {
            throw new UploadRefusedException(UploadRefusedException.Code.ALREADY_COMPLETE, id);
        }
        long onDisk = Files.size(part(id));
        if (offset != onDisk) {
            throw new UploadRefusedException(UploadRefusedException.Code.OFFSET_MISMATCH,
                    "Upload-Offset " + offset + " but " + onDisk + " bytes are stored");
        }
        long written;
        try {
            written = copy(bytes, part(id), upload.length() - onDisk);
        } catch (UploadRefusedException tooMuch) {
            truncate(part(id), onDisk); // the whole chunk is refused; what came before it stays
            throw tooMuch;
        } catch (IOException dropped) {
            // a connection lost mid-chunk: keep what arrived, so HEAD tells the client where to resume
            save(withOffset(upload, Files.size(part(id))));
            throw dropped;
        }
        Upload grown = withOffset(upload, onDisk + written);
        save(grown);
        return grown.complete() ? finish(grown) : grown;
    }

    public boolean delete(String id, long ownerId) throws IOException {
        if (find(id, ownerId).isEmpty()) {
            return false;
        }
        Files.deleteIfExists(part(id));
        Files.deleteIfExists(meta(id));
        return true;
    }

    private Upload finish(Upload upload) throws IOException {
        StoredBlob blob = blobs.moveIn(part(upload.id()));
        Upload done = new Upload(upload.id(), upload.ownerId(), upload.length(), upload.length(), upload.fileName(),
                upload.declaredType(), upload.createdAt(), Optional.of(blob.id().hex()));
        save(done);
        return done;
    }

    /** Copies at most {@code room} bytes; a client sending more than it declared is refused. */
    private static long copy(InputStream in, Path target, long room) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (total + n > room) {
                    out.write(buffer, 0, (int) (room - total));
                    throw new UploadRefusedException(UploadRefusedException.Code.TOO_LARGE, "more bytes than Upload-Length");
                }
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    /**
     * Deletes uploads started before the cutoff that were never attached (abandoned or finished
     * but not used), and stray parts without a description. Their blob, if any, stays: blobs are
     * shared and collected separately. Answers how many uploads went.
     */
    public int expireStartedBefore(Instant cutoff) throws IOException {
        int expired = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".properties") && ID.matcher(name.substring(0, name.indexOf('.'))).matches()) {
                    String id = name.substring(0, name.indexOf('.'));
                    if (startedBefore(id, file, cutoff)) {
                        Files.deleteIfExists(part(id));
                        Files.deleteIfExists(file);
                        expired++;
                    }
                } else if ((name.endsWith(".part") || name.endsWith(".tmp"))
                        && !Files.exists(dir.resolve(name.substring(0, name.indexOf('.')) + ".properties"))
                        && modifiedBefore(file, cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return expired;
    }

    /** False for a file gone meanwhile (its upload expired a moment ago, or was attached). */
    private static boolean modifiedBefore(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }

    private boolean startedBefore(String id, Path meta, Instant cutoff) {
        try {
            return load(id).createdAt().isBefore(cutoff);
        } catch (IOException | RuntimeException unreadable) {
            // a description nobody can read would never be resumed either: judge it by its age
            try {
                return Files.getLastModifiedTime(meta).toInstant().isBefore(cutoff);
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static Upload withOffset(Upload u, long offset) {
        return new Upload(u.id(), u.ownerId(), u.length(), offset, u.fileName(), u.declaredType(), u.createdAt(), u.blobSha256());
    }

    private void save(Upload u) throws IOException {
        Properties p = new Properties();
        p.setProperty("owner", Long.toString(u.ownerId()));
        p.setProperty("length", Long.toString(u.length()));
        p.setProperty("offset", Long.toString(u.offset()));
        p.setProperty("fileName", u.fileName());
        p.setProperty("declaredType", u.declaredType() == null ? "" : u.declaredType());
        p.setProperty("createdAt", u.createdAt().toString());
        u.blobSha256().ifPresent(b -> p.setProperty("blob", b));
        Path tmp = dir.resolve(u.id() + ".properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(tmp, meta(u.id()), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private Upload load(String id) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta(id), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String type = p.getProperty("declaredType", "");
        return new Upload(id, Long.parseLong(p.getProperty("owner")), Long.parseLong(p.getProperty("length")),
                Long.parseLong(p.getProperty("offset")), p.getProperty("fileName"), type.isEmpty() ? null : type,
                Instant.parse(p.getProperty("createdAt")), Optional.ofNullable(p.getProperty("blob")));
    }

    private Path part(String id) {
        return dir.resolve(id + ".part");
    }

    private Path meta(String id) {
        return dir.resolve(id + ".properties");
    }

    /** Keeps Vietnamese names; drops path parts and control characters a browser should never send. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "file";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
