package vn.hoclieu.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over the limit their resource method declares ({@link BodyLimit}, else the configured
 * JSON size) with 413, whether the client declared the length or streams it: nothing large is ever
 * buffered. It runs after matching, so the limit is the method's, not a list of paths kept here.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "hoclieu.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Context
    HttpHeaders headers;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        BodyLimit declared = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (declared != null && declared.value() == BodyLimit.STREAMED) {
            return;
        }
        long limit = declared == null ? maxBytes : declared.value();
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
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
