package vn.hoclieu.web.quiz.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.quiz.AnswerConflictException;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.List;
import java.util.Map;

/**
 * A save from an older version: 409 with the {@code ApiError} fields plus the server's answer and
 * its version, so the page can show it and save again from there.
 */
@Provider
public class AnswerConflictMapper implements ExceptionMapper<AnswerConflictException> {

    /** The body: the error as every API error, and the answer the server holds. */
    public record Conflict(String error, String message, Map<String, String> fields, int slot, long version, List<String> response) {
    }

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AnswerConflictException conflict) {
        var current = conflict.current();
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Conflict("answer_conflict", RequestLanguage.text(headers, "quiz.error.answer_conflict"), Map.of(),
                        current.slot(), current.version(), current.response())).build();
    }
}
