package vn.hoclieu.core.quiz;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The question bank: teachers' categories per subject and grade, questions they own and edit
 * (optimistic versions). A category is shared district-wide with the teachers of its subject as a
 * whole, through review (a carrier material of type QUESTION_SET), and only while a version of it
 * is published; its questions are frozen while reviewers have it or it is shared ({@code set_locked}).
 * Correcting a question's key rescores every finished attempt that answered it. The transaction boundary.
 */
public interface QuestionBankService {

    /** The largest QTI package (zip) or item an import reads. */
    long MAX_QTI_BYTES = 20L << 20;

    BankCategory createCategory(Account teacher, @Valid CategoryInput category);

    /** The teacher's own categories. */
    List<BankCategory> categories(Account teacher);

    /** Colleagues' shared sets in the subjects the teacher teaches, to build quizzes from. */
    List<BankCategory> sharedCategories(Account teacher);

    /** One of the teacher's own categories, with its review status. */
    BankCategory category(long categoryId, Account owner);

    /**
     * "Gửi duyệt để chia sẻ": describes the set's carrier (a new one at the first submission) and
     * submits it to review; reviewers follow {@code previewUrl}. An empty category is {@code empty_set}.
     */
    BankCategory submitSet(long categoryId, Account owner, String previewUrl, String note);

    /** The owner takes the set back from review or from sharing (the carrier is retired with the reason); its questions are editable again. */
    BankCategory withdrawSet(long categoryId, Account owner, String reason);

    /** The set with every key, for its owner, its reviewers (and admins), and, once shared, teachers of its subject. */
    QuestionSetPreview preview(long categoryId, Account reader);

    /** The questions of a category the teacher may see: their own, or a shared set of a subject they teach. */
    List<BankQuestion> questions(long categoryId, Account teacher);

    /** Questions of the shared sets of a subject and grade (for teachers of the subject). */
    List<BankQuestion> shared(String subjectCode, int grade, Account teacher);

    BankQuestion question(long questionId, Account teacher);

    /**
     * The element that plays a published repository material in a stem or option ({@code <img>},
     * {@code <audio controls>}, {@code <video controls>} — a video's low-bandwidth rendition when
     * there is one). A material pupils may not load is refused ({@code media_not_published}), one
     * without an image, audio or video file too ({@code media_not_playable}).
     */
    String mediaMarkup(long materialId, Account teacher);

    /**
     * A new question. Its images, audio and video must play published repository files
     * ({@code media_not_ours}, {@code media_not_published} otherwise); the same holds for {@link #update}.
     */
    BankQuestion create(Account teacher, @Valid QuestionInput question);

    /** The owner edits; a stale {@code version} is a conflict ({@code stale_version}). A changed key regrades. */
    BankQuestion update(long questionId, Account teacher, @Valid QuestionInput question);

    /** Rescores every finished attempt's answer to the question with its current key; the number of answers rescored. */
    int regrade(long questionId, Account teacher);

    /**
     * The category's questions as a QTI 2.1 content package that {@link #importQti} reads back to
     * the same questions: for its owner, or for a teacher of its subject once the set is shared.
     */
    QtiPackage exportQti(long categoryId, Account teacher);

    /** Imports a QTI 2.1 package (zip) or a single item (XML) into the teacher's category. */
    QtiReport importQti(long categoryId, Account teacher, String fileName, InputStream content) throws IOException;
}
