package vn.hoclieu.web.certificate.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.certificate.CertificateAccessDeniedException;
import vn.hoclieu.core.certificate.CertificateException;
import vn.hoclieu.core.certificate.CertificateNotFoundException;
import vn.hoclieu.core.certificate.InvalidCertificateException;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;

import java.util.Map;

/** The certificate feature's refusals as API errors in the caller's language. */
@Provider
public class CertificateErrorMapper implements ExceptionMapper<CertificateException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CertificateException failure) {
        return switch (failure) {
            case CertificateNotFoundException ignored -> ApiError.response(Response.Status.NOT_FOUND, "not_found", text("api.notFound"));
            case CertificateAccessDeniedException ignored -> ApiError.response(Response.Status.FORBIDDEN, "forbidden", text("api.forbidden"));
            case InvalidCertificateException invalid -> ApiError.response(400, "invalid", text("api.invalid"),
                    Map.of(invalid.field(), text(invalid.messageKey())));
            default -> ApiError.response(400, "invalid", text("api.invalid"), Map.of());
        };
    }

    private String text(String key) {
        return RequestLanguage.text(headers, key);
    }
}
