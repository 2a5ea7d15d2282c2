package vn.hoclieu.web.gradebook.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.gradebook.GradebookAccessDeniedException;
import vn.hoclieu.core.gradebook.GradebookConflictException;
import vn.hoclieu.core.gradebook.GradebookException;
import vn.hoclieu.core.gradebook.InvalidMarksException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gradebook's refusals as API errors: 403 forbidden, 404 not_found, 400 invalid_marks with a
 * translated message per cell, 409 for conflicts (400 kind_not_allowed). More specific than the
 * API's catch-all mapper, so JAX-RS picks this one for them.
 */
@Provider
public class GradebookExceptionMapper implements ExceptionMapper<GradebookException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(GradebookException failure) {
        if (failure instanceof GradebookAccessDeniedException) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
        }
        if (failure instanceof InvalidMarksException invalid) {
            Map<String, String> fields = new LinkedHashMap<>();
            invalid.problems().forEach((cell, code) -> fields.put(cell, text("gradebook.mark." + code)));
            return ApiError.response(400, "invalid_marks", text("gradebook.marks.invalid"), fields);
        }
        if (failure instanceof GradebookConflictException conflict) {
            int status = "kind_not_allowed".equals(conflict.code()) ? 400 : 409;
            return ApiError.response(status, conflict.code(), text("gradebook.conflict." + conflict.code()), Map.of());
        }
        return ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
    }

    private String text(String key) {
        return RequestLanguage.text(headers, key);
    }
}
