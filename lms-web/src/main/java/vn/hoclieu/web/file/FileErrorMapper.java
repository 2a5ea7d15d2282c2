package vn.hoclieu.web.file;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.file.FileException;
import vn.hoclieu.core.file.FileRefusedException;
import vn.hoclieu.core.file.FileTooLargeException;
import vn.hoclieu.core.file.InvalidFileException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.Map;

/** A refused upload: 415 {@code file_type_not_allowed}, 413 {@code too_large} or 400 {@code invalid}, in the caller's language. */
@Provider
public class FileErrorMapper implements ExceptionMapper<FileException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(FileException refused) {
        String message = RequestLanguage.text(headers, FileRefusals.messageKey(refused), FileRefusals.arguments(refused));
        return switch (refused) {
            case FileRefusedException ignored -> ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "file_type_not_allowed", message);
            case FileTooLargeException ignored -> ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", message);
            case InvalidFileException invalid -> ApiError.response(400, "invalid", RequestLanguage.text(headers, "api.invalid"),
                    Map.of(invalid.field(), message));
            default -> ApiError.response(400, "invalid", RequestLanguage.text(headers, "api.invalid"), Map.of());
        };
    }
}
