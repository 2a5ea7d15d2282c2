package vn.hoclieu.web.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.ManualCertificate;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.certificate.CertificateConfiguration;
import vn.hoclieu.web.certificate.CertificateTexts;

import java.util.List;

/**
 * Certificates for their holders and the district's admins. Open courses issue them through
 * {@code CertificateService.issue} when an enrolment completes; {@code POST /certificates} is the
 * district's own issuing, for a course completed outside the system (in-person training).
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Inject
    CertificateConfiguration configuration;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Path("mine")
    public List<CertificateJson.Issued> mine() {
        return certificates.mine(currentUser.required()).stream().map(CertificateJson.Issued::of).toList();
    }

    @GET
    @RolesAllowed(Role.DISTRICT_ADMIN_NAME)
    public List<CertificateJson.Issued> issued() {
        return certificates.issued(currentUser.required()).stream().map(CertificateJson.Issued::of).toList();
    }

    /** Issuing again with the same reference answers the certificate already issued. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DISTRICT_ADMIN_NAME)
    public Response issue(ManualCertificate body) {
        ManualCertificate manual = validator.valid(body, headers);
        return Response.status(Response.Status.CREATED)
                .entity(CertificateJson.Issued.of(certificates.issueManually(currentUser.required(), manual))).build();
    }

    @GET
    @Path("{code}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("code") String code) {
        byte[] pdf = certificates.pdf(code, currentUser.required(), CertificateTexts.labels(), configuration.verifyBaseUrl(request));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"chung-nhan-" + code.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** By a district admin, or by an author of the open course that issued it. */
    @POST
    @Path("{code}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_ADMIN_NAME, Role.TEACHER_NAME})
    public CertificateJson.Issued revoke(@PathParam("code") String code, CertificateJson.Revocation body) {
        return CertificateJson.Issued.of(certificates.revoke(code, currentUser.required(), body == null ? null : body.reason()));
    }
}
