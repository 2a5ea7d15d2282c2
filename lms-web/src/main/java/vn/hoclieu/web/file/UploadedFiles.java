package vn.hoclieu.web.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.blob.BlobId;
import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.blob.BlobTooLargeException;
import vn.hoclieu.content.blob.StoredBlob;
import vn.hoclieu.core.file.FileRefusedException;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.FileSignature;
import vn.hoclieu.core.file.FileTooLargeException;
import vn.hoclieu.core.file.InvalidFileException;
import vn.hoclieu.core.file.StoredFile;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.hoclieu.web.material.download.ContentDisposition;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Uploaded files (assignments' attachments and work, class-only files) into and out of the blob
 * store. An incoming file must have an allowed extension and first bytes that fit it, and streams
 * into the store up to its limit (nothing is kept of a file that is too large or refused).
 */
@ApplicationScoped
public class UploadedFiles {

    private static final int MAX_NAME = 200;

    @Inject
    BlobStore blobs;

    /** Checks and stores an upload ({@code name} as the uploader gave it); the stored type follows the extension. */
    public StoredFile store(String name, InputStream body, FileRules rules) throws IOException {
        String fileName = cleanName(name);
        String extension = FileSignature.extensionOf(fileName);
        if (!rules.allowedExtensions().contains(extension)) {
            throw new FileRefusedException(fileName);
        }
        BufferedInputStream in = new BufferedInputStream(body, FileSignature.HEAD_BYTES * 2);
        in.mark(FileSignature.HEAD_BYTES);
        byte[] head = in.readNBytes(FileSignature.HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            throw new InvalidFileException("file", "file.empty");
        }
        if (!FileSignature.fits(extension, head)) {
            throw new FileRefusedException(fileName);
        }
        try {
            StoredBlob blob = blobs.store(in, rules.maxBytes());
            return new StoredFile(fileName, typeOf(extension), blob.size(), blob.id().hex());
        } catch (BlobTooLargeException e) {
            throw new FileTooLargeException(rules.maxBytes());
        }
    }

    /**
     * The type files are served with comes from their (checked) extension, never from what the
     * uploader declared: a ".txt" declared as text/html must not become a page of our site.
     */
    public static String typeOf(String extension) {
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static final java.util.Map<String, String> TYPES = java.util.Map.ofEntries(
            java.util.Map.entry("pdf", "application/pdf"), java.util.Map.entry("txt", "text/plain; charset=UTF-8"),
            java.util.Map.entry("jpg", "image/jpeg"), java.util.Map.entry("jpeg", "image/jpeg"), java.util.Map.entry("png", "image/png"),
            java.util.Map.entry("gif", "image/gif"), java.util.Map.entry("mp3", "audio/mpeg"),
            java.util.Map.entry("doc", "application/msword"), java.util.Map.entry("xls", "application/vnd.ms-excel"),
            java.util.Map.entry("ppt", "application/vnd.ms-powerpoint"),
            java.util.Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            java.util.Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            java.util.Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            java.util.Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            java.util.Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            java.util.Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    public InputStream open(String blobId) throws IOException {
        return blobs.open(BlobId.of(blobId));
    }

    /** A stored file as a download (never shown inline: it is someone's upload, served with its checked type). */
    public Response download(String blobId, String contentType, long size, String name) throws IOException {
        InputStream content = open(blobId);
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, contentType).header("Content-Length", size)
                .header("Content-Disposition", ContentDisposition.of("attachment", name))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The last path segment, without control characters, at most 200 characters (keeping the extension). */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new InvalidFileException("name", "file.name");
        }
        if (base.length() > MAX_NAME) {
            String ext = FileSignature.extensionOf(base);
            base = base.substring(0, MAX_NAME - ext.length() - 1) + "." + ext;
        }
        return base;
    }
}
