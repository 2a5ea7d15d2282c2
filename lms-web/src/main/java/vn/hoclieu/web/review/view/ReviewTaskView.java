package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MetadataChange;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.review.CriterionScoreInput;
import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.content.review.ReviewVerdict;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.material.view.DraftValidation;
import vn.hoclieu.web.material.view.FilePresentation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One review seat as its holder works on it: the material's latest version (files, description,
 * text, what changed), what reviewers said in earlier rounds, and the rubric form. Only the
 * holder sees the page (403 for other reviewers of the material, 404 for everyone else).
 */
@Named
@ViewScoped
public class ReviewTaskView implements Serializable {

    static final String FORM = "review";
    /** Enough text to judge the language and the content; the files are there for the rest. */
    static final int TEXT_PREVIEW_CHARS = 20_000;

    @Inject
    ReviewService reviews;

    @Inject
    MaterialService materials;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageAccess access;

    @Inject
    PageMessages messages;

    @Inject
    DraftValidation validation;

    @Inject
    LocaleSelection localeSelection;

    private long task;
    private final HashMap<String, Integer> scores = new HashMap<>();
    private final HashMap<String, String> scoreComments = new HashMap<>();
    private ReviewDecision decision;
    private String comment;

    // read again when the view is restored from a serialized session; never part of the saved state
    private transient ReviewTaskSummary summary;
    private transient MaterialSummary material;
    private transient List<FilePresentation> files;
    private transient List<MetadataChange> changes;
    private transient List<ReviewRecord.Round> previousRounds;
    private transient String extractedText;
    private transient boolean textCut;
    private transient List<RubricCriterion> rubric;

    public void open() {
        if (!access.require(Role.REVIEWER)) {
            return;
        }
        try {
            summary = reviews.task(task, viewer());
        } catch (MaterialNotFoundException e) {
            PageAccess.refuse(404);
            return;
        }
        if (!heldByMe(summary)) {
            PageAccess.refuse(403);
        }
    }

    /** Sends the verdict; done, the reviewer is back at the queue with what happened. */
    public String decide() {
        ReviewVerdict verdict = new ReviewVerdict(decision, comment, scoreInputs());
        Map<String, String> problems = validation.problems(verdict, localeSelection.getLocale());
        if (!problems.isEmpty()) {
            messages.problems(FORM, problems);
            return null;
        }
        try {
            ReviewRecord result = reviews.decide(task, viewer(), verdict);
            messages.acrossRedirect();
            messages.info("review.decided." + decision.name(), getSummary().materialTitle());
            if (result.status() == MaterialStatus.PUBLISHED) {
                messages.info("review.decided.published");
            }
            return "/app/reviews.xhtml?faces-redirect=true";
        } catch (InvalidChangeException invalid) {
            messages.refusal(inputOf(invalid.code()), invalid);
        } catch (ChangeRefusedException | NotPermittedException | MaterialNotFoundException refused) {
            messages.refusal(null, refused);
        }
        return null;
    }

    public String release() {
        try {
            reviews.release(task, viewer());
            messages.acrossRedirect();
            messages.info("reviews.released", getSummary().materialTitle());
            return "/app/reviews.xhtml?faces-redirect=true";
        } catch (ChangeRefusedException | NotPermittedException | MaterialNotFoundException refused) {
            messages.refusal(null, refused);
            return null;
        }
    }

    /** Scored criteria only: one left out is the service's to refuse (with its own message). */
    private List<CriterionScoreInput> scoreInputs() {
        return getRubric().stream().filter(c -> scores.get(c.code()) != null)
                .map(c -> new CriterionScoreInput(c.code(), scores.get(c.code()), scoreComments.get(c.code()))).toList();
    }

    /** The input a refusal belongs beside: a missing comment or reason beside the general comment. */
    private static String inputOf(String code) {
        return switch (code) {
            case "comment_required", "reason_required" -> FORM + ":comment";
            default -> null;
        };
    }

    private boolean heldByMe(ReviewTaskSummary t) {
        return t.status() == TaskStatus.CLAIMED && t.reviewerId() != null && t.reviewerId() == currentUser.required().id();
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }

    public ReviewTaskSummary getSummary() {
        if (summary == null) {
            summary = reviews.task(task, viewer());
        }
        return summary;
    }

    public MaterialSummary getMaterial() {
        if (material == null) {
            material = materials.get(getSummary().materialId(), viewer());
        }
        return material;
    }

    public List<FilePresentation> getFiles() {
        if (files == null) {
            files = getMaterial().files().stream()
                    .map(f -> new FilePresentation(f, materials.renditionRoles(f.id(), viewer()))).toList();
        }
        return files;
    }

    /** Caption files beside a video: the player offers them as tracks, as on the material page. */
    public List<FilePresentation> getCaptions() {
        return getFiles().stream().filter(FilePresentation::isCaptions).toList();
    }

    public List<MetadataChange> getChanges() {
        if (changes == null) {
            changes = materials.changesSincePreviousVersion(getSummary().materialId(), viewer());
        }
        return changes;
    }

    /** Rounds before this one; this round's other decisions stay hidden so that reviews remain independent. */
    public List<ReviewRecord.Round> getPreviousRounds() {
        if (previousRounds == null) {
            ReviewTaskSummary t = getSummary();
            previousRounds = reviews.record(t.materialId(), viewer()).rounds().stream()
                    .filter(r -> r.versionNumber() != t.versionNumber() || r.round() != t.round()).toList();
        }
        return previousRounds;
    }

    public String getExtractedText() {
        if (extractedText == null) {
            // one character more than shown tells whether there is more
            String text = materials.extractedText(getSummary().materialId(), viewer(), TEXT_PREVIEW_CHARS + 1);
            textCut = text.length() > TEXT_PREVIEW_CHARS;
            extractedText = textCut ? text.substring(0, TEXT_PREVIEW_CHARS) : text;
        }
        return extractedText;
    }

    public boolean isTextCut() {
        getExtractedText();
        return textCut;
    }

    public List<RubricCriterion> getRubric() {
        if (rubric == null) {
            rubric = reviews.rubric();
        }
        return rubric;
    }

    public ReviewDecision[] getDecisions() {
        return ReviewDecision.values();
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public long getTask() { return task; }
    public void setTask(long task) { this.task = task; }
    public Map<String, Integer> getScores() { return scores; }
    public Map<String, String> getScoreComments() { return scoreComments; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
