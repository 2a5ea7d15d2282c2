package vn.hoclieu.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON bodies over the configured size with 413, whether the client declared the length
 * or streams it: nothing large is ever buffered. (File uploads get their own chunked protocol.)
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "hoclieu.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isUploadChunk(request) || isUploadedFile(request)) {
            return; // resumable uploads and uploaded files stream to the store, which enforces their own limits
        }
        long limit = isRosterFile(request) ? vn.hoclieu.core.roster.RosterFile.MAX_BYTES
                : isQtiImport(request) ? vn.hoclieu.core.quiz.QuestionBankService.MAX_QTI_BYTES : maxBytes;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }

    private static boolean isUploadChunk(ContainerRequestContext request) {
        return request.getMediaType() != null
                && "application/offset+octet-stream".equals(request.getMediaType().getType() + "/" + request.getMediaType().getSubtype());
    }

    /** Files of assignments (attachments, pupils' work, feedback) and class-only files: their own size limit applies while they stream in. */
    private static boolean isUploadedFile(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && UPLOADED_FILE.matcher(request.getUriInfo().getPath()).matches();
    }

    private static final java.util.regex.Pattern UPLOADED_FILE =
            java.util.regex.Pattern.compile("/?(assignments/\\d+/(attachments|submission/files)|submissions/\\d+/feedback-files|classes/\\d+/files)/?");

    /** Roster files (CSV, XLSX) may be as large as a roster may be (2 MiB). */
    private static boolean isRosterFile(ContainerRequestContext request) {
        return request.getMediaType() != null
                && vn.hoclieu.core.roster.RosterFile.formatOf(request.getMediaType().toString(), null).isPresent();
    }

    /** QTI packages imported into the question bank may be as large as the bank reads (20 MiB). */
    private static boolean isQtiImport(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && request.getUriInfo().getPath().matches("/?(api/v1/)?question-categories/\\d+/qti/?");
    }

    private Response tooLarge(long limit) {
        return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                RequestLanguage.text(headers, "api.tooLarge", limit));
    }

    /** Thrown when a body without a declared length turns out too large; mapped to 413. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException() {
            super("request body too large");
        }
    }

    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --left < 0) {
                throw new BodyTooLargeException();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new BodyTooLargeException();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
