package vn.hoclieu.web.school.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.school.StructureRefusedException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.Map;

/**
 * A refused change to a school's structure as the API answers it: 400 with the wrong field, 403,
 * 404 or 409, the message in the caller's language ({@code school.error.<code>}).
 */
@Provider
public class StructureRefusedMapper implements ExceptionMapper<StructureRefusedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(StructureRefusedException refused) {
        return switch (refused.kind()) {
            case FORBIDDEN -> ApiError.response(Response.Status.FORBIDDEN, "forbidden", RequestLanguage.text(headers, "api.forbidden"));
            case NOT_FOUND -> ApiError.response(Response.Status.NOT_FOUND, "not_found", RequestLanguage.text(headers, "api.notFound"));
            case CONFLICT -> ApiError.response(409, refused.code(), message(refused), Map.of());
            case INVALID -> ApiError.response(400, refused.code(), message(refused),
                    refused.field() == null ? Map.of() : Map.of(refused.field(), message(refused)));
        };
    }

    private String message(StructureRefusedException refused) {
        return RequestLanguage.text(headers, "school.error." + refused.code());
    }
}
