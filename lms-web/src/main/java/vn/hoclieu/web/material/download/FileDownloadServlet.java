package vn.hoclieu.web.material.download;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.content.blob.BlobId;
import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.material.FileContent;
import vn.hoclieu.content.material.MaterialService;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /files/{fileId}/{role}}: a material file or one of its renditions, for the people
 * {@link MaterialService#content} lets see it, and 404 for everyone else (an id reveals nothing).
 * Videos and PDFs are read in pieces, so Range requests are answered (206); bytes stream from the
 * blob's file and are never held in memory. Blobs never change, so the SHA-256 is the ETag and
 * browsers may keep a copy for a year — what matters on a slow, metered link.
 */
@WebServlet(urlPatterns = "/files/*", asyncSupported = true)
public class FileDownloadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FileDownloadServlet.class.getName());
    private static final Set<String> ROLES = Set.of(FileContent.ORIGINAL, "THUMBNAIL", "POSTER", "PREVIEW",
            "VIDEO_360P", "VIDEO_240P", "CAPTIONS_VTT");
    private static final int BUFFER = 64 * 1024;

    @Inject
    transient MaterialService materials;

    @Inject
    transient BlobStore blobs;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<FileContent> found = requested(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent content = found.get();
        String etag = '"' + content.blobSha256() + '"';
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("Accept-Ranges", "bytes");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(content.mediaType());
        if (FileContent.ORIGINAL.equals(content.role())) {
            response.setHeader("Content-Disposition", ContentDisposition.of(disposition(request, content), content.fileName()));
        }
        BlobId blob = BlobId.of(content.blobSha256());
        long size = blobs.size(blob);
        // a range of an older copy would splice two files together: If-Range asks for the whole file then
        String ifRange = request.getHeader("If-Range");
        ByteRange.Request asked = ifRange == null || ifRange.equals(etag) ? ByteRange.of(request.getHeader("Range"), size)
                : new ByteRange.Request.Whole();
        ByteRange range;
        switch (asked) {
            case ByteRange.Request.Unsatisfiable unsatisfiable -> {
                response.setHeader("Content-Range", "bytes */" + size);
                response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
            case ByteRange.Request.Part(ByteRange part) -> {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", part.contentRange(size));
                range = part;
            }
            case ByteRange.Request.Whole whole -> range = new ByteRange(0, size - 1);
        }
        response.setContentLengthLong(range.length());
        if (withBody && range.length() > 0) {
            send(blob, range, response);
        }
    }

    /** The file the path names, if the signed-in person may see it. */
    private Optional<FileContent> requested(HttpServletRequest request) {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !ROLES.contains(parts[2])) {
            return Optional.empty();
        }
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        return materials.content(Long.parseLong(parts[1]), parts[2], currentUser.viewer());
    }

    /**
     * Originals download as attachments; {@code ?inline=1} shows them in the browser, but only for
     * types a browser displays without running the file's own scripts (never HTML or SVG, which
     * would run on this site's origin).
     */
    private static String disposition(HttpServletRequest request, FileContent content) {
        String type = content.mediaType();
        boolean displayable = type.equals("application/pdf") || type.startsWith("video/") || type.startsWith("audio/")
                || type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/webp") || type.equals("image/gif");
        return "1".equals(request.getParameter("inline")) && displayable ? "inline" : "attachment";
    }

    private void send(BlobId blob, ByteRange range, HttpServletResponse response) throws IOException {
        Optional<Path> file = blobs.localPath(blob);
        try (InputStream in = file.isPresent() ? Channels.newInputStream(FileChannel.open(file.get()).position(range.first()))
                : skipped(blobs.open(blob), range.first())) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            long left = range.length();
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IllegalStateException("Blob " + blob + " ended " + left + " bytes before its recorded size");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            // most often a phone that stopped watching or lost its link: nothing to answer, little to log
            LOG.log(Level.FINE, "Download of blob " + blob + " stopped: " + e.getMessage(), e);
        }
    }

    private static InputStream skipped(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }
}
