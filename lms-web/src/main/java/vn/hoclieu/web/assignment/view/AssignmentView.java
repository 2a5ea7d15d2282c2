package vn.hoclieu.web.assignment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.DraftInput;
import vn.hoclieu.core.assignment.ExtensionInput;
import vn.hoclieu.core.assignment.GradeInput;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An assignment's page. A pupil reads the instructions, writes and uploads their work, hands it in
 * and, once released, reads the grade and feedback. Its class's teachers grade there: the pupils'
 * work filtered by status, each opened in place, with the scale's grade or the rubric, feedback,
 * reopen and an extension; then release and download all as a zip. Others: 404.
 */
@Named
@ViewScoped
public class AssignmentView implements Serializable {

    @Inject
    AssignmentService assignments;

    @Inject
    UploadedFiles files;

    @Inject
    AssignmentPage page;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    private long id;
    private Boolean teacher;
    private String status;
    private transient AssignmentDetails assignment;
    private transient SubmissionDetails mine;
    private transient List<SubmissionDetails> submissions;

    private String text;
    private long version;
    private transient Part upload;
    private transient Part feedbackFile;

    private final Map<Long, BigDecimal> scores = new HashMap<>();
    private final Map<Long, String> ratings = new HashMap<>();
    private final Map<Long, String> feedback = new HashMap<>();
    private final Map<Long, Map<Integer, BigDecimal>> rubricPoints = new HashMap<>();
    private final Map<Long, LocalDateTime> extensions = new HashMap<>();

    public void open() {
        try {
            load();
        } catch (AssignmentNotFoundException | AssignmentAccessDeniedException e) {
            ContributorPage.refuse(404);
        }
    }

    private void load() {
        Account me = currentUser.required();
        assignment = assignments.assignment(id, me);
        if (isPupil()) {
            mine = assignments.submission(id, me);
            text = RichText.plain(mine.text()).strip(); // pupils type plain text on phones: no editor to download
            version = mine.version();
            submissions = List.of();
        } else {
            submissions = assignments.submissions(id, me, filter());
            for (SubmissionDetails s : submissions) {
                if (s.grade() != null) {
                    scores.putIfAbsent(s.id(), s.grade().score());
                    ratings.putIfAbsent(s.id(), s.grade().rating());
                    feedback.putIfAbsent(s.id(), RichText.plain(s.grade().feedback()).strip());
                }
                Map<Integer, BigDecimal> points = rubricPoints.computeIfAbsent(s.id(), k -> new HashMap<>());
                if (s.grade() != null) {
                    for (int i = 0; i < s.grade().rubricPoints().size(); i++) {
                        points.putIfAbsent(i, s.grade().rubricPoints().get(i));
                    }
                }
            }
        }
    }

    private SubmissionStatus filter() {
        try {
            return status == null || status.isBlank() ? null : SubmissionStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    // --- the pupil's actions

    public String saveDraft() {
        return page.attempt(() -> assignments.saveDraft(id, currentUser.required(), new DraftInput(RichText.fromPlain(text), version)))
                ? done("assignment.page.saved") : null;
    }

    public String uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        Account me = currentUser.required();
        String name = upload.getSubmittedFileName();
        return page.attempt(() -> {
            try (InputStream in = upload.getInputStream()) {
                assignments.addFile(id, me, files.store(name, in, assignments.submissionFileRules(id, me, name)));
            }
        }) ? done("assignment.page.uploaded") : null;
    }

    public String removeFile(long fileId) {
        return page.attempt(() -> assignments.removeFile(id, currentUser.required(), fileId)) ? done("assignment.page.removed") : null;
    }

    public String submit() {
        Account me = currentUser.required();
        return page.attempt(() -> {
            String typed = RichText.fromPlain(text);
            if (getAssignment().submissionKind().takesText() && !typed.equals(getMine().text())) {
                assignments.saveDraft(id, me, new DraftInput(typed, version));
            }
            assignments.submit(id, me);
        }) ? done("assignment.page.submitted") : null;
    }

    // --- the teacher's actions

    public String grade(long submissionId) {
        Map<String, BigDecimal> points = new HashMap<>();
        rubricPoints.getOrDefault(submissionId, Map.of()).forEach((i, p) -> {
            if (p != null) {
                points.put(Integer.toString(i), p);
            }
        });
        GradeInput input = new GradeInput(scores.get(submissionId), ratings.get(submissionId), points,
                RichText.fromPlain(feedback.get(submissionId)));
        return page.attempt(() -> assignments.grade(submissionId, currentUser.required(), input)) ? done("assignment.page.graded") : null;
    }

    public String uploadFeedback(long submissionId) {
        if (feedbackFile == null || feedbackFile.getSize() == 0) {
            return null;
        }
        Account me = currentUser.required();
        String name = feedbackFile.getSubmittedFileName();
        return page.attempt(() -> {
            try (InputStream in = feedbackFile.getInputStream()) {
                assignments.addFeedbackFile(submissionId, me, files.store(name, in, assignments.feedbackFileRules(submissionId, me)));
            }
        }) ? done("assignment.page.uploaded") : null;
    }

    public String reopen(long submissionId) {
        return page.attempt(() -> assignments.reopen(submissionId, currentUser.required())) ? done("assignment.page.reopened") : null;
    }

    public String extend(long pupilId) {
        LocalDateTime due = extensions.get(pupilId);
        if (due == null) {
            return null;
        }
        return page.attempt(() -> assignments.extend(id, pupilId, currentUser.required(), new ExtensionInput(due, null)))
                ? done("assignment.page.extended") : null;
    }

    public String release() {
        return page.attempt(() -> assignments.release(id, currentUser.required())) ? done("assignment.page.released") : null;
    }

    private String done(String key) {
        page.saved(key);
        String filter = status == null || status.isBlank() ? "" : "&status=" + status;
        return "/app/assignment.xhtml?faces-redirect=true&id=" + id + filter;
    }

    // --- what the page shows

    public boolean isPupil() {
        return getAssignment().myStatus() != null;
    }

    /** A teacher of the class (admins of the school only read), or an author of the open course (anyone else there is its learner). */
    public boolean isTeacher() {
        if (teacher == null) {
            Account me = currentUser.required();
            Long classId = getAssignment().classId();
            teacher = classId == null ? !isPupil() : me.has(Role.TEACHER) && schools.teaches(me.id(), classId);
        }
        return teacher;
    }

    public boolean isScored() {
        return getAssignment().scale() == GradingScale.SCORE_10;
    }

    public List<String> getRatings() {
        return getAssignment().scale().ratings();
    }

    public List<SubmissionStatus> getStatuses() {
        return List.of(SubmissionStatus.values());
    }

    public String moment(Instant at) {
        return VietnamTime.format(at);
    }

    public String megabytes(long bytes) {
        return vn.hoclieu.web.file.FileRefusals.megabytes(bytes);
    }

    /** For the file chooser: ".pdf,.docx,…". */
    public String getAccept() {
        return String.join(",", getAssignment().allowedExtensions().stream().map(e -> "." + e).toList());
    }

    public String getExtensionList() {
        return String.join(", ", getAssignment().allowedExtensions());
    }

    public String fileUrl(long fileId) {
        return "/api/v1/assignments/" + id + "/files/" + fileId;
    }

    public AssignmentDetails getAssignment() {
        if (assignment == null) {
            load();
        }
        return assignment;
    }

    public SubmissionDetails getMine() {
        if (assignment == null) {
            load();
        }
        return mine;
    }

    public List<SubmissionDetails> getSubmissions() {
        if (assignment == null) {
            load();
        }
        return submissions;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? "" : text; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public Part getFeedbackFile() { return feedbackFile; }
    public void setFeedbackFile(Part feedbackFile) { this.feedbackFile = feedbackFile; }
    public Map<Long, BigDecimal> getScores() { return scores; }
    public Map<Long, String> getRatingsGiven() { return ratings; }
    public Map<Long, String> getFeedback() { return feedback; }
    public Map<Long, Map<Integer, BigDecimal>> getRubricPoints() { return rubricPoints; }
    public Map<Long, LocalDateTime> getExtensions() { return extensions; }
}
