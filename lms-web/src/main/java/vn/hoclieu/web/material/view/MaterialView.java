package vn.hoclieu.web.material.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.account.DisplayNames;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.PageMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A material as the signed-in person may see it: the author (and the material's reviewers and
 * admins) the latest version with what ingest made of its files and the reviewers' result;
 * everyone else the published version. The author sends it to review, starts versions and
 * retires it here. The upload control (upload.js) attaches files through the API, then asks this
 * view to render the list again.
 */
@Named
@ViewScoped
public class MaterialView implements Serializable {

    @Inject
    MaterialService materials;

    @Inject
    ReviewService reviews;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser currentUser;

    @Inject
    DisplayNames names;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    PageMessages messages;

    private long id;
    private String submissionNote;
    private String versionNote;
    private String retirementReason;
    // read again at each request that renders the page; never part of the saved view
    private transient MaterialSummary material;
    private transient List<FilePresentation> files;
    private transient Boolean seesEveryVersion;
    private transient ReviewRecord reviewRecord;
    private transient CatalogueEntry entry;
    private transient Map<String, String> criterionLabels;

    public void open() {
        try {
            reload();
        } catch (MaterialNotFoundException e) {
            ContributorPage.refuse(404);
            return;
        }
        // opening a published material is a use (counted once per person, never its author): "most used"
        catalogue.recordUse(id, currentUser.viewer());
    }

    /** Called after an upload and while ingest runs, before the file list is rendered again. */
    public void reload() {
        Viewer viewer = currentUser.viewer();
        material = materials.get(id, viewer);
        files = material.files().stream()
                .map(f -> new FilePresentation(f, materials.renditionRoles(f.id(), viewer))).toList();
    }

    // the author's moves: each one goes back to the page (post, redirect, get) with what happened

    public String submit() {
        return afterChange(messages.attempt(() -> reviews.submit(id, currentUser.viewer(), submissionNote)), "material.submit.done");
    }

    public String startVersion() {
        return afterChange(messages.attempt(() -> materials.newVersion(id, currentUser.required().id(), versionNote)),
                "material.newVersion.done");
    }

    public String retire() {
        return afterChange(messages.attempt(() -> reviews.retire(id, currentUser.viewer(), retirementReason)), "material.retire.done");
    }

    private String afterChange(boolean done, String doneKey) {
        if (done) {
            messages.info(doneKey);
        }
        return "/app/material.xhtml?faces-redirect=true&id=" + id;
    }

    public MaterialSummary getMaterial() {
        if (material == null) {
            reload();
        }
        return material;
    }

    public List<FilePresentation> getFiles() {
        getMaterial();
        return files;
    }

    /** Caption files of the version (uploaded next to the video) that ingest turned into WebVTT. */
    public List<FilePresentation> getCaptions() {
        return getFiles().stream().filter(FilePresentation::isCaptions).toList();
    }

    public boolean isPending() {
        return getFiles().stream().anyMatch(FilePresentation::isPending);
    }

    /** The author may change the material: upload, describe, submit, start a version. */
    public boolean isMine() {
        return getMaterial().authorId() == currentUser.required().id();
    }

    public boolean isEditable() {
        return isMine() && getMaterial().status().isEditable();
    }

    public boolean isMayStartVersion() {
        return isMine() && getMaterial().status().allowsNewVersion();
    }

    /** The author, or an admin of its school or the district (the service has the last word). */
    public boolean isMayRetire() {
        boolean admin = currentUser.is("SCHOOL_ADMIN") || currentUser.is("DISTRICT_ADMIN");
        return getMaterial().status() != MaterialStatus.RETIRED && (isMine() || admin && isSeesEveryVersion());
    }

    /** Author, the material's reviewers and admins: they see drafts, the reviews and the history. */
    public boolean isSeesEveryVersion() {
        if (seesEveryVersion == null) {
            seesEveryVersion = materials.seesEveryVersion(id, currentUser.viewer());
        }
        return seesEveryVersion;
    }

    /** Whether a version of it is in the district catalogue now. */
    public boolean isInCatalogue() {
        return getMaterial().publishedVersion() != null && getMaterial().status() != MaterialStatus.RETIRED;
    }

    /** The catalogue's entry (reviewed badge, ratings) while a version is published, else null. */
    public CatalogueEntry getEntry() {
        if (entry == null && isInCatalogue()) {
            entry = catalogue.entry(id);
        }
        return entry;
    }

    /** Every round of review so far, for those who see every version; null for everyone else. */
    public ReviewRecord getReviewRecord() {
        if (reviewRecord == null && isSeesEveryVersion()) {
            reviewRecord = reviews.record(id, currentUser.viewer());
            names.expect(reviewRecord.rounds().stream().flatMap(r -> r.reviews().stream())
                    .map(ReviewRecord.Entry::reviewerId).collect(Collectors.toSet()), Set.of());
        }
        return reviewRecord;
    }

    /** A rubric criterion's label in the reader's language (its code once it is no longer in the rubric). */
    public String criterion(String code) {
        if (criterionLabels == null) {
            criterionLabels = reviews.rubric().stream()
                    .collect(Collectors.toMap(RubricCriterion::code, c -> c.label(localeSelection.getLanguage())));
        }
        return criterionLabels.getOrDefault(code, code);
    }

    public String getAuthorName() {
        return names.person(getMaterial().authorId());
    }

    public String getSchoolName() {
        return names.school(getMaterial().schoolId());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getSubmissionNote() { return submissionNote; }
    public void setSubmissionNote(String submissionNote) { this.submissionNote = submissionNote; }
    public String getVersionNote() { return versionNote; }
    public void setVersionNote(String versionNote) { this.versionNote = versionNote; }
    public String getRetirementReason() { return retirementReason; }
    public void setRetirementReason(String retirementReason) { this.retirementReason = retirementReason; }
}
