package vn.hoclieu.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.NotPermittedException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.content.upload.UploadRefusedException;
import vn.hoclieu.web.i18n.Messages;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes a JSON answer in the caller's language; a stack trace never
 * leaves the server (it goes to the log, with an id the answer repeats).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return ApiError.response(400, "invalid", text("api.invalid"), invalid.fields());
        }
        if (failure instanceof MaterialNotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
        }
        if (failure instanceof ChangeRefusedException refused) {
            return ApiError.response(Response.Status.CONFLICT, refused.code(), text("conflict." + refused.code(), Messages.withStatesNamed(RequestLanguage.of(headers), refused.arguments())));
        }
        if (failure instanceof NotPermittedException denied) {
            return ApiError.response(Response.Status.FORBIDDEN, denied.code(), text("denied." + denied.code()));
        }
        if (failure instanceof InvalidChangeException invalid) {
            return ApiError.response(400, invalid.code(), text("invalid." + invalid.code()), Map.of());
        }
        if (failure instanceof vn.hoclieu.core.account.PasswordChangeRefusedException refused) {
            return ApiError.response(400, refused.code(), text("password." + refused.code()), Map.of());
        }
        if (failure instanceof vn.hoclieu.core.classroom.ClassAccessDeniedException) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
        }
        if (failure instanceof vn.hoclieu.core.classroom.NotInClassException) {
            return ApiError.response(400, "not_in_class", text("session.notInClass"), Map.of());
        }
        if (failure instanceof vn.hoclieu.core.classroom.CommentsClosedException) {
            return ApiError.response(Response.Status.CONFLICT, "comments_closed", text("classroom.commentsClosed"));
        }
        if (failure instanceof vn.hoclieu.core.roster.RosterAccessDeniedException) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
        }
        if (failure instanceof vn.hoclieu.core.roster.PupilNotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
        }
        if (failure instanceof UploadRefusedException refused) {
            return ApiError.response(400, "invalid", text("api.invalid"), Map.of("upload", refused.getMessage()));
        }
        if (causedBy(failure, BodySizeLimitFilter.BodyTooLargeException.class)) {
            return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", text("api.tooLarge", "≤"));
        }
        if (causedBy(failure, JsonbException.class) || causedBy(failure, JsonParsingException.class)) {
            return ApiError.response(Response.Status.BAD_REQUEST, "bad_json", text("api.badJson"));
        }
        if (failure instanceof ForbiddenException) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
        }
        if (failure instanceof NotAuthorizedException) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "unauthorized", text("api.unauthorized"));
        }
        if (failure instanceof NotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
        }
        if (failure instanceof NotAllowedException) {
            return ApiError.response(Response.Status.METHOD_NOT_ALLOWED, "method_not_allowed", text("api.methodNotAllowed"));
        }
        if (failure instanceof NotSupportedException) {
            return ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", text("api.unsupportedType"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, "http_" + status, text("api.invalid"), Map.of());
        }
        String incident = Long.toString(System.nanoTime(), 36);
        LOG.log(Level.SEVERE, "API failure, incident " + incident, failure);
        return ApiError.response(500, "server_error", text("api.serverError") + " (" + incident + ")", Map.of());
    }

    private String text(String key, Object... arguments) {
        return RequestLanguage.text(headers, key, arguments);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
