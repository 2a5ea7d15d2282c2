package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.EnrolledCourse;
import vn.hoclieu.web.account.CurrentUser;

import java.io.Serializable;
import java.util.List;

/** "Khoá học của tôi" (app/my-courses.xhtml): courses the person takes (with unenrolment) and, for teachers, the ones they author. */
@Named
@ViewScoped
public class MyCoursesView implements Serializable {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    private transient List<EnrolledCourse> enrolled;

    public List<EnrolledCourse> getEnrolled() {
        if (enrolled == null) {
            enrolled = courses.enrolments(currentUser.required());
        }
        return enrolled;
    }

    public List<CourseOutline> getAuthored() {
        return currentUser.required().has(Role.TEACHER) ? courses.authored(currentUser.required()) : List.of();
    }

    public void unenrol(long courseId) {
        courses.unenrol(courseId, currentUser.required());
        enrolled = null;
    }
}
