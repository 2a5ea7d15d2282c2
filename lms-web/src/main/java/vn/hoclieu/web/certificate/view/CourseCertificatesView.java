package vn.hoclieu.web.certificate.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.web.course.view.CourseDashboardView;

import java.util.List;

/** On a course's dashboard (app/course-dashboard.xhtml?id=): the certificates the course issued, which its authors may revoke. */
@Named
@ViewScoped
public class CourseCertificatesView extends RevocableCertificates {

    @Inject
    CourseDashboardView dashboard;

    @Override
    protected List<IssuedCertificate> load() {
        return certificates.ofCourse(dashboard.getId(), currentUser.required());
    }

    @Override
    public boolean isDownloads() {
        return false;
    }

    @Override
    protected String page() {
        return "/app/course-dashboard?faces-redirect=true&id=" + dashboard.getId();
    }
}
