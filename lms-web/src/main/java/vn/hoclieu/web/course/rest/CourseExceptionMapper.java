package vn.hoclieu.web.course.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.Map;

/** A refused course request as an {@link ApiError}: its code, a sentence in the caller's language. */
@Provider
public class CourseExceptionMapper implements ExceptionMapper<CourseException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CourseException refused) {
        int status = switch (refused.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        return ApiError.response(status, refused.code(), RequestLanguage.text(headers, "course.error." + refused.code()), Map.of());
    }
}
