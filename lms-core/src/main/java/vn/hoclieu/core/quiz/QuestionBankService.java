package vn.hoclieu.core.quiz;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The question bank: teachers' categories per subject and grade, questions they own and edit
 * (optimistic versions), shared district-wide with the teachers of the same subject. Correcting a
 * question's key rescores every finished attempt that answered it. The transaction boundary.
 */
public interface QuestionBankService {

    /** The largest QTI package (zip) or item an import reads. */
    long MAX_QTI_BYTES = 20L << 20;

    BankCategory createCategory(Account teacher, @Valid CategoryInput category);

    /** The teacher's own categories. */
    List<BankCategory> categories(Account teacher);

    /** The questions of a category the teacher may see: all of their own, the shared ones of a subject they teach. */
    List<BankQuestion> questions(long categoryId, Account teacher);

    /** Shared questions of a subject and grade (for teachers of the subject). */
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

    BankQuestion share(long questionId, Account teacher);

    /** Rescores every finished attempt's answer to the question with its current key; the number of answers rescored. */
    int regrade(long questionId, Account teacher);

    /**
     * The category's questions as a QTI 2.1 content package that {@link #importQti} reads back to
     * the same questions: all of them for its owner, the shared ones for a teacher of its subject.
     */
    QtiPackage exportQti(long categoryId, Account teacher);

    /** Imports a QTI 2.1 package (zip) or a single item (XML) into the teacher's category. */
    QtiReport importQti(long categoryId, Account teacher, String fileName, InputStream content) throws IOException;
}
