package vn.hoclieu.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The body of every API error: a stable code for programs, a sentence for people. */
public record ApiError(String error, String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String error, String message) {
        return response(status.getStatusCode(), error, message, Map.of());
    }

    public static Response response(int status, String error, String message, Map<String, String> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(error, message, fields)).build();
    }
}
