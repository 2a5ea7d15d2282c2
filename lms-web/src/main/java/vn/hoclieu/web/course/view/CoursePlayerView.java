package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.Progress;
import vn.hoclieu.core.course.model.CompletionRule;
import vn.hoclieu.core.course.model.UnitState;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.List;

/**
 * The course player (app/course-player.xhtml?course=&unit=): table of contents, the unit open
 * (the one asked for, else where the learner left off, else the first), previous/next, "Đánh dấu
 * hoàn thành", and the completion screen. Opening a unit marks it viewed and remembers it on the
 * server, so the learner resumes there from any device. Not enrolled: back to the course page.
 */
@Named
@ViewScoped
public class CoursePlayerView implements Serializable {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificateService certificates;

    private long course;
    private Long unit;
    private transient CourseOutline outline;
    private transient Progress progress;

    public String open() {
        try {
            outline = courses.outline(course, currentUser.account());
            progress = courses.progress(course, currentUser.required());
        } catch (CourseException refused) {
            if ("not_enrolled".equals(refused.code())) {
                return "/course.xhtml?faces-redirect=true&id=" + course;
            }
            ContributorPage.refuse(404);
            return null;
        }
        List<CourseOutline.Unit> units = outline.units();
        if (units.isEmpty()) {
            return null;
        }
        Long wanted = unit != null ? unit : progress.lastUnitId();
        unit = units.stream().map(CourseOutline.Unit::id).filter(id -> id.equals(wanted)).findFirst().orElse(units.getFirst().id());
        progress = courses.view(course, unit, currentUser.required());
        return null;
    }

    public String markComplete() {
        progress = courses.complete(course, unit, currentUser.required());
        CourseOutline.Unit next = getNext();
        return next == null || progress.completedAt() != null ? null
                : "/app/course-player.xhtml?faces-redirect=true&course=" + course + "&unit=" + next.id();
    }

    /** The certificate this course earned the learner (issued when it completed), or null. */
    public IssuedCertificate getCertificate() {
        return certificates.mine(currentUser.required()).stream().filter(c -> c.courseId() != null && c.courseId() == course)
                .findFirst().orElse(null);
    }

    public CourseOutline getOutline() {
        if (outline == null) {
            outline = courses.outline(course, currentUser.account());
        }
        return outline;
    }

    public Progress getProgress() {
        if (progress == null) {
            progress = courses.progress(course, currentUser.required());
        }
        return progress;
    }

    public CourseOutline.Unit getCurrent() {
        return getOutline().units().stream().filter(u -> unit != null && u.id() == unit).findFirst().orElse(null);
    }

    public CourseOutline.Unit getPrevious() {
        return neighbour(-1);
    }

    public CourseOutline.Unit getNext() {
        return neighbour(1);
    }

    private CourseOutline.Unit neighbour(int step) {
        List<CourseOutline.Unit> units = getOutline().units();
        int at = units.indexOf(getCurrent()) + step;
        return at >= 0 && at < units.size() && getCurrent() != null ? units.get(at) : null;
    }

    /** The unit's state for the table of contents: done, viewed or nothing yet. */
    public String state(CourseOutline.Unit u) {
        UnitState state = getProgress().units().get(u.id());
        if (CompletionRule.done(new CompletionRule.Unit(u.id(), u.kind()), state)) {
            return "done";
        }
        return state == null ? "new" : "viewed";
    }

    public boolean isCompleted() {
        return getProgress().completedAt() != null;
    }

    public long getCourse() { return course; }
    public void setCourse(long course) { this.course = course; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
}
