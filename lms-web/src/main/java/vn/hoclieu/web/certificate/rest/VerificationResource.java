package vn.hoclieu.web.certificate.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.certificate.CertificateService;

/**
 * Public: anyone holding a code learns whether it is a certificate of this district, valid or
 * revoked. An unknown code is an answer (200, UNKNOWN), not an error, and says nothing more.
 */
@Path("/verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @GET
    @Path("{code}")
    public Response verify(@PathParam("code") String code) {
        return Response.ok(CertificateJson.Verification.of(certificates.verify(code)))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").build();
    }
}
