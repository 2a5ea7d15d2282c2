package vn.hoclieu.web.quiz.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionSetPreview;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.SubjectInfo;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.List;

/**
 * app/question-set.xhtml?id=: a question set as its reviewers read it (the carrier material links
 * here), every question with its key. Its owner, its reviewers and admins, and — once shared —
 * teachers of its subject; anyone else gets 403, an unknown set 404.
 */
@Named
@ViewScoped
public class QuestionSetPreviewView implements Serializable {

    @Inject
    QuestionBankService bank;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    private long id;
    private transient QuestionSetPreview set;
    private transient List<PreviewQuestion> questions = List.of();

    public void open() {
        try {
            set = bank.preview(id, currentUser.required());
            questions = set.questions().stream().map(PreviewQuestion::of).toList();
        } catch (QuizException refused) {
            ContributorPage.refuse(refused.kind() == QuizException.Kind.NOT_FOUND ? 404 : 403);
        }
    }

    /** The set's subject with its names, for the reader's language (null if the code is no longer a subject of the grade). */
    public SubjectInfo getSubject() {
        return set == null ? null : schools.subjectsOf(set.grade()).stream().filter(s -> s.code().equals(set.subjectCode())).findFirst().orElse(null);
    }

    public QuestionSetPreview getSet() { return set; }
    public List<PreviewQuestion> getQuestions() { return questions; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
