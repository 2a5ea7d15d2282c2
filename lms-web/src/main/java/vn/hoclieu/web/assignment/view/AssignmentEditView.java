package vn.hoclieu.web.assignment.view;

import vn.hoclieu.core.VietnamTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.Criterion;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.LatePolicy;
import vn.hoclieu.core.assignment.SubjectChoice;
import vn.hoclieu.core.assignment.SubmissionKind;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A teacher of the class sets a new assignment ({@code ?classId=}) or edits one ({@code ?id=}),
 * and attaches files to it. Times are typed in Vietnam time. The rubric is one criterion a line,
 * "criterion | points". Anyone else: 404.
 */
@Named
@ViewScoped
public class AssignmentEditView implements Serializable {

    private static final ZoneId VIETNAM = VietnamTime.ZONE;
    private static final long MIB = 1024L * 1024;

    @Inject
    AssignmentService assignments;

    @Inject
    UploadedFiles files;

    @Inject
    AssignmentPage page;

    @Inject
    CurrentUser currentUser;

    private long id;
    private long classId;
    private transient List<SubjectChoice> subjects;
    private transient AssignmentDetails existing;

    private Long subjectId;
    private String title;
    private String instructions;
    private LocalDateTime opensAt = LocalDateTime.now(VIETNAM).withSecond(0).withNano(0);
    private LocalDateTime dueAt = opensAt.plusDays(7).withHour(20).withMinute(0);
    private LocalDateTime cutoffAt;
    private LatePolicy latePolicy = LatePolicy.ACCEPT_MARK_LATE;
    private Integer latePenaltyPercent;
    private SubmissionKind submissionKind = SubmissionKind.TEXT_AND_FILES;
    private int maxFiles = AssignmentInput.DEFAULT_MAX_FILES;
    private int maxFileMegabytes = (int) (AssignmentInput.DEFAULT_FILE_BYTES / MIB);
    private String extensions = String.join(", ", AssignmentInput.DEFAULT_EXTENSIONS);
    private GradingScale scale;
    private String rubric;
    private transient Part attachment;

    public void open() {
        try {
            Account me = currentUser.required();
            if (id > 0) {
                existing = assignments.assignment(id, me);
                if (existing.classId() == null) {
                    ContributorPage.refuse(404); // an open course's assignment is set in the course's editor
                    return;
                }
                classId = existing.classId();
                fill(existing);
            }
            subjects = assignments.subjects(classId, me);
        } catch (AssignmentNotFoundException | AssignmentAccessDeniedException e) {
            ContributorPage.refuse(404);
        }
    }

    private void fill(AssignmentDetails a) {
        subjectId = a.subjectId();
        title = a.title();
        instructions = a.instructions();
        opensAt = LocalDateTime.ofInstant(a.opensAt(), VIETNAM);
        dueAt = LocalDateTime.ofInstant(a.dueAt(), VIETNAM);
        cutoffAt = a.cutoffAt() == null ? null : LocalDateTime.ofInstant(a.cutoffAt(), VIETNAM);
        latePolicy = a.latePolicy();
        latePenaltyPercent = a.latePenaltyPercent() == 0 ? null : a.latePenaltyPercent();
        submissionKind = a.submissionKind();
        maxFiles = a.maxFiles();
        maxFileMegabytes = (int) Math.max(1, a.maxFileBytes() / MIB);
        extensions = String.join(", ", a.allowedExtensions());
        scale = a.scale();
        rubric = String.join("\n", a.rubric().stream().map(c -> c.criterion() + " | " + c.maxPoints().stripTrailingZeros().toPlainString()).toList());
    }

    public String save() {
        AssignmentInput input = new AssignmentInput(subjectId, title, instructions, opensAt, dueAt, cutoffAt, latePolicy,
                latePenaltyPercent, submissionKind, maxFiles, maxFileMegabytes * MIB, extensionList(), scale, criteria());
        if (input.rubric() == null) {
            page.invalid("assignment.page.rubricFormat");
            return null;
        }
        Account me = currentUser.required();
        long[] saved = {id};
        boolean ok = page.attempt(() -> saved[0] = id > 0 ? assignments.update(id, me, input).id() : assignments.create(classId, me, input).id());
        if (!ok) {
            return null;
        }
        page.saved("assignment.page.savedAssignment");
        return "/app/assignment.xhtml?faces-redirect=true&id=" + saved[0];
    }

    public String attach() {
        if (attachment == null || attachment.getSize() == 0 || id == 0) {
            return null;
        }
        Account me = currentUser.required();
        String name = attachment.getSubmittedFileName();
        boolean ok = page.attempt(() -> {
            try (InputStream in = attachment.getInputStream()) {
                assignments.attach(id, me, files.store(name, in, assignments.attachmentRules(id, me)));
            }
        });
        if (!ok) {
            return null;
        }
        page.saved("assignment.page.uploaded");
        return "/app/assignment-edit.xhtml?faces-redirect=true&id=" + id;
    }

    private List<String> extensionList() {
        return extensions == null ? List.of() : Arrays.stream(extensions.split("[,;\\s]+")).filter(e -> !e.isBlank()).toList();
    }

    /** "criterion | points" per line; null when a line does not read so. */
    private List<Criterion> criteria() {
        List<Criterion> lines = new ArrayList<>();
        if (rubric == null || rubric.isBlank()) {
            return lines;
        }
        for (String line : rubric.strip().split("\\R")) {
            int bar = line.lastIndexOf('|');
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(new Criterion(line.substring(0, bar).strip(), new BigDecimal(line.substring(bar + 1).strip().replace(',', '.'))));
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
        return lines;
    }

    public AssignmentDetails getExisting() { return existing; }
    public List<SubjectChoice> getSubjects() { return subjects; }
    public List<LatePolicy> getLatePolicies() { return List.of(LatePolicy.values()); }
    public List<SubmissionKind> getSubmissionKinds() { return List.of(SubmissionKind.values()); }
    public List<GradingScale> getScales() { return List.of(GradingScale.values()); }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getClassId() { return classId; }
    public void setClassId(long classId) { this.classId = classId; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getDueAt() { return dueAt; }
    public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
    public LocalDateTime getCutoffAt() { return cutoffAt; }
    public void setCutoffAt(LocalDateTime cutoffAt) { this.cutoffAt = cutoffAt; }
    public LatePolicy getLatePolicy() { return latePolicy; }
    public void setLatePolicy(LatePolicy latePolicy) { this.latePolicy = latePolicy; }
    public Integer getLatePenaltyPercent() { return latePenaltyPercent; }
    public void setLatePenaltyPercent(Integer latePenaltyPercent) { this.latePenaltyPercent = latePenaltyPercent; }
    public SubmissionKind getSubmissionKind() { return submissionKind; }
    public void setSubmissionKind(SubmissionKind submissionKind) { this.submissionKind = submissionKind; }
    public int getMaxFiles() { return maxFiles; }
    public void setMaxFiles(int maxFiles) { this.maxFiles = maxFiles; }
    public int getMaxFileMegabytes() { return maxFileMegabytes; }
    public void setMaxFileMegabytes(int maxFileMegabytes) { this.maxFileMegabytes = maxFileMegabytes; }
    public String getExtensions() { return extensions; }
    public void setExtensions(String extensions) { this.extensions = extensions; }
    public GradingScale getScale() { return scale; }
    public void setScale(GradingScale scale) { this.scale = scale; }
    public String getRubric() { return rubric; }
    public void setRubric(String rubric) { this.rubric = rubric; }
    public Part getAttachment() { return attachment; }
    public void setAttachment(Part attachment) { this.attachment = attachment; }
}
