package vn.hoclieu.web.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/** The certificates an open course issued, for its authors (revoking is {@code POST /certificates/{code}/revoke}). */
@Path("/courses/{courseId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TEACHER_NAME)
public class CourseCertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<CertificateJson.Issued> issued(@PathParam("courseId") long courseId) {
        return certificates.ofCourse(courseId, currentUser.required()).stream().map(CertificateJson.Issued::of).toList();
    }
}
