package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseInput;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;
import vn.hoclieu.core.file.FileException;
import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.file.FileRefusals;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;
import vn.hoclieu.web.material.view.SubjectCatalog;
import vn.hoclieu.web.material.view.SubjectOption;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A teacher describes an open course (app/course-edit.xhtml: new, or {@code ?id=} one she authors)
 * and gives it a cover picture. The syllabus and the submission are {@link SyllabusEditView} and
 * {@link CourseSubmissionView} on the same page. Dates are Vietnam calendar days; hours accept the
 * decimal comma. Co-authors typed here are added to the ones the course already has.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    SubjectCatalog subjects;

    @Inject
    UploadedFiles files;

    private long id;
    private transient CourseOutline course;

    private String title;
    private String description;
    private String subjectCode;
    private CourseLevel level = CourseLevel.PRIMARY;
    private Audience audience = Audience.PUPILS;
    private BigDecimal estimatedHours;
    private Licence licence = Licence.CC_BY_SA;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer passPercent = 70;
    private String coAuthors;
    private transient Part cover;

    public void open() {
        if (!currentUser.required().has(Role.TEACHER)) {
            ContributorPage.refuse(403);
            return;
        }
        if (id > 0 && !load()) {
            ContributorPage.refuse(404);
        }
    }

    /** The course's description into the form; false when she does not author it. */
    private boolean load() {
        Account me = currentUser.required();
        if (courses.authored(me).stream().noneMatch(c -> c.id() == id)) {
            return false;
        }
        course = courses.outline(id, Optional.of(me));
        title = course.title();
        description = course.description();
        subjectCode = course.subjectCode();
        level = course.level();
        audience = course.audience();
        estimatedHours = course.estimatedHours();
        licence = Licence.valueOf(course.licence());
        startsOn = course.startsAt() == null ? null : LocalDate.ofInstant(course.startsAt(), VietnamTime.ZONE);
        // the course runs to the end of its last day: the instant stored is the next day's midnight
        endsOn = course.endsAt() == null ? null : LocalDate.ofInstant(course.endsAt(), VietnamTime.ZONE).minusDays(1);
        passPercent = course.passPercent();
        return true;
    }

    public String save() {
        CourseInput input = new CourseInput(title, description, subjectCode, level, audience, estimatedHours, licence,
                startsOn, endsOn, passPercent, coAuthorList());
        Account me = currentUser.required();
        CourseOutline saved = attempt(() -> id == 0 ? courses.create(me, input) : courses.describe(id, me, input));
        if (saved == null) {
            return null;
        }
        messages.info("course.edit.saved");
        messages.acrossRedirect();
        return "/app/course-edit.xhtml?faces-redirect=true&id=" + saved.id();
    }

    /** The cover picture (JPEG or PNG, at most 1 MiB); a refusal says why in the reader's language. */
    public String upload() {
        if (cover == null || cover.getSize() == 0 || id == 0) {
            messages.errorAt("cover:file", "course.edit.coverMissing");
            return null;
        }
        Account me = currentUser.required();
        try (InputStream in = cover.getInputStream()) {
            StoredFile image = files.store(cover.getSubmittedFileName(), in, courses.coverRules(id, me));
            if (attempt(() -> courses.cover(id, me, image)) == null) {
                return null;
            }
        } catch (IOException unreadable) {
            messages.errorAt("cover:file", "file.empty");
            return null;
        } catch (FileException refused) {
            messages.errorAt("cover:file", FileRefusals.messageKey(refused), FileRefusals.arguments(refused));
            return null;
        }
        messages.info("course.edit.coverSaved");
        messages.acrossRedirect();
        return "/app/course-edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** Runs a course change; a refusal becomes the page's translated message and the answer null. */
    <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().stream().map(v -> v.getMessage()).distinct()
                    .forEach(m -> messages.errorAt(null, "classroom.invalid", m));
        } catch (CourseException refused) {
            messages.errorAt(null, "course.error." + refused.code());
        }
        return null;
    }

    private List<String> coAuthorList() {
        if (coAuthors == null || coAuthors.isBlank()) {
            return null;
        }
        return Arrays.stream(coAuthors.split("[,;\\s]+")).filter(name -> !name.isBlank()).toList();
    }

    /** The course as saved (null for a new one), for the syllabus and the submission. */
    public CourseOutline getCourse() {
        if (course == null && id > 0) {
            course = courses.outline(id, currentUser.account());
        }
        return course;
    }

    /** Modules and units may be renamed, removed and reordered until reviewers see the course (as the service allows). */
    public boolean isSyllabusOpen() {
        String status = getCourse() == null ? null : getCourse().reviewStatus();
        return status == null || MaterialStatus.valueOf(status).isEditable();
    }

    /** After a change to the syllabus or the review, the page shows the course afresh. */
    void changed(CourseOutline now) {
        course = now;
    }

    public List<SubjectOption> getSubjects() { return subjects.all(); }
    public List<CourseLevel> getLevels() { return List.of(CourseLevel.values()); }
    public List<Audience> getAudiences() { return List.of(Audience.values()); }
    public List<Licence> getLicences() { return List.of(Licence.values()); }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public CourseLevel getLevel() { return level; }
    public void setLevel(CourseLevel level) { this.level = level; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public BigDecimal getEstimatedHours() { return estimatedHours; }
    public void setEstimatedHours(BigDecimal estimatedHours) { this.estimatedHours = estimatedHours; }
    public Licence getLicence() { return licence; }
    public void setLicence(Licence licence) { this.licence = licence; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getPassPercent() { return passPercent; }
    public void setPassPercent(Integer passPercent) { this.passPercent = passPercent; }
    public String getCoAuthors() { return coAuthors; }
    public void setCoAuthors(String coAuthors) { this.coAuthors = coAuthors; }
    public Part getCover() { return cover; }
    public void setCover(Part cover) { this.cover = cover; }
}
