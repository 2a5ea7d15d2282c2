package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.course.CourseDashboard;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;

/** The authors' dashboard (app/course-dashboard.xhtml?id=); anyone else: 403, an unknown course: 404. */
@Named
@ViewScoped
public class CourseDashboardView implements Serializable {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient CourseDashboard dashboard;

    public void open() {
        try {
            dashboard = courses.dashboard(id, currentUser.required());
        } catch (CourseException refused) {
            ContributorPage.refuse(refused.kind() == CourseException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public CourseDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = courses.dashboard(id, currentUser.required());
        }
        return dashboard;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
