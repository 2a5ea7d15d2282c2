package vn.hoclieu.web.assignment.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentException;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.SubmissionRefusedException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.core.VietnamTime;

import java.util.Map;

/** The assignment feature's refusals as API errors in the caller's language (times in Vietnam time). */
@Provider
public class AssignmentErrorMapper implements ExceptionMapper<AssignmentException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AssignmentException failure) {
        return switch (failure) {
            case AssignmentNotFoundException ignored -> ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
            case AssignmentAccessDeniedException ignored -> ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
            case SubmissionRefusedException refused -> ApiError.response(Response.Status.CONFLICT, refused.code(),
                    text("assignment.refused." + refused.code(), refused.arguments().stream().map(a -> VietnamTime.shown(a)).toArray()));
            case InvalidAssignmentException invalid -> ApiError.response(400, "invalid", text("api.invalid"),
                    Map.of(invalid.field(), text(invalid.messageKey())));
            default -> ApiError.response(400, "invalid", text("api.invalid"), Map.of());
        };
    }

    private String text(String key, Object... arguments) {
        return RequestLanguage.text(headers, key, arguments);
    }
}
