package vn.hoclieu.core.course;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.StoredFile;

import java.util.List;
import java.util.Optional;

/**
 * Open courses: teachers author them and send them to review (through a carrier material, so the
 * material workflow reviews them); anyone reads the published ones; signed-in people enrol, learn
 * and complete them. The transaction boundary. Refusals are {@link CourseException}s.
 */
public interface CourseService {

    CourseOutline create(Account author, @Valid CourseInput course);

    CourseOutline describe(long courseId, Account author, @Valid CourseInput course);

    CourseOutline addModule(long courseId, Account author, @Valid ModuleInput module);

    CourseOutline addUnit(long courseId, long moduleId, Account author, @Valid UnitInput unit);

    /**
     * Renames, removes or moves a module or a unit. Open while the course has never been sent to
     * review, is a draft, or came back with changes requested; otherwise a conflict
     * {@code syllabus_locked} (a course under review or in the catalogue keeps the syllabus
     * reviewers saw). A module or unit of another course is not found.
     */
    CourseOutline changeSyllabus(long courseId, Account author, @Valid SyllabusChange change);

    /** What a cover picture may be (JPEG or PNG, at most 1 MiB, so the catalogue stays light on phones); authors only. */
    FileRules coverRules(long courseId, Account author);

    CourseOutline cover(long courseId, Account author, StoredFile image);

    /** The cover of a course the reader may see; empty when it has none. */
    Optional<StoredFile> cover(long courseId, Optional<Account> reader);

    /**
     * Sends the course to review: describes its carrier material ({@code previewUrl} is the link
     * reviewers follow to the course) and submits it.
     */
    CourseOutline submit(long courseId, Account author, String previewUrl, String note);

    /** The courses the account authors, newest first. */
    List<CourseOutline> authored(Account author);

    /** A published course for anyone (empty reader: anonymous); any course for its authors and for whoever reviews its carrier. */
    CourseOutline outline(long courseId, Optional<Account> reader);

    /** The public catalogue: published courses only. */
    CoursePage catalogue(CourseQuery query);

    /**
     * The public catalogue among the courses carried by these materials, in this order (the search
     * index ranked them for the query's text, which is not compared again): published courses only,
     * with the query's other filters and page.
     */
    CoursePage catalogueAmong(List<Long> rankedCarrierIds, CourseQuery query);

    Progress enrol(long courseId, Account learner);

    void unenrol(long courseId, Account learner);

    List<EnrolledCourse> enrolments(Account learner);

    Progress progress(long courseId, Account learner);

    /** The learner opened a unit: VIEWED (unless further already) and the place to resume. */
    Progress view(long courseId, long unitId, Account learner);

    /** "Đánh dấu hoàn thành" for a material or page unit; a quiz or an assignment is passed only by its grade. */
    Progress complete(long courseId, long unitId, Account learner);

    CourseDashboard dashboard(long courseId, Account author);

    /** Whether the account authors the course (false for an unknown course); its authors issue and revoke its certificates. */
    boolean isAuthor(long courseId, Account account);
}
