package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.Progress;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.Optional;

/**
 * A course's public page (course.xhtml?id=): syllabus, authors, hours, licence, learners' reviews
 * (CourseReviewsView), and "Đăng ký học" — sign-in or registration first for a visitor. Unpublished
 * courses only for their authors, reviewers and enrolled learners; anyone else: 404.
 */
@Named
@ViewScoped
public class CoursePageView implements Serializable {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(vn.hoclieu.core.VietnamTime.ZONE);

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient CourseOutline course;
    private transient Optional<Progress> progress;

    public void open() {
        try {
            getCourse();
        } catch (CourseException refused) {
            ContributorPage.refuse(404);
        }
    }

    public CourseOutline getCourse() {
        if (course == null) {
            course = courses.outline(id, currentUser.account());
        }
        return course;
    }

    /** The signed-in learner's progress; empty when not enrolled (or anonymous). */
    public Progress getProgress() {
        if (progress == null) {
            progress = currentUser.account().flatMap(me -> {
                try {
                    return Optional.of(courses.progress(id, me));
                } catch (CourseException notEnrolled) {
                    return Optional.empty();
                }
            });
        }
        return progress.orElse(null);
    }

    public String enrol() {
        courses.enrol(id, currentUser.required());
        return "/app/course-player.xhtml?faces-redirect=true&course=" + id;
    }

    /** A course date as a Vietnamese day; the end is exclusive (the start of the day after the last). */
    public String day(java.time.Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String lastDay(java.time.Instant end) {
        return end == null ? "" : DAY.format(end.minusMillis(1));
    }

    /** Where sign-in brings the visitor back to. */
    public String getReturnPath() {
        return "/course.xhtml?id=" + id;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
