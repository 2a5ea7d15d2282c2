package vn.hoclieu.launcher.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookConflictException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.InvalidMarksException;
import vn.hoclieu.core.gradebook.Mark;
import vn.hoclieu.core.gradebook.SourceRef;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.model.Subject;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How assignments and quizzes write their released grades into the gradebook, through the real
 * service in the real WAR against MariaDB: one column per source, written again without change, shared
 * by hand-ins at the same moment, updated when the grades change, and refused whole when a mark is wrong.
 */
@ExtendWith(ArquillianExtension.class)
class GradebookSourceIT {

    @Deployment
    static WebArchive application() {
        File war = vn.hoclieu.devstack.TestDatabase.buildRoot().resolve("lms-web/target/lms-web.war").toFile();
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(GradebookSourceIT.class);
    }

    @Inject
    GradebookService gradebook;

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Test
    void releasingAnAssignmentAgainWritesTheSameColumnAndChangesNothing() {
        Account teacher = accounts.findByUsername("gv.hung").orElseThrow();
        long class7A = schools.classOf(pupil("hs.khanh")).orElseThrow().id();
        long maths = subject("TOAN");
        Map<Long, Mark> grades = Map.of(pupil("hs.khanh"), Mark.score("8.5"), pupil("hs.linh"), Mark.score("6"));

        long first = gradebook.recordFromSource(SourceRef.assignment(501), class7A, maths, Term.FIRST, ColumnKind.REGULAR, "Bài tập phân số", grades);
        GradeSheet once = gradebook.sheet(class7A, maths, Term.FIRST, teacher);
        long again = gradebook.recordFromSource(SourceRef.assignment(501), class7A, maths, Term.FIRST, ColumnKind.REGULAR, "Bài tập phân số", grades);
        GradeSheet twice = gradebook.sheet(class7A, maths, Term.FIRST, teacher);

        assertEquals(first, again);
        assertEquals(once, twice, "the same release changes no mark, no version");
        assertEquals(1, twice.columns().stream().filter(c -> c.sourceId() != null && c.sourceId() == 501).count());
        assertEquals(0, new java.math.BigDecimal("8.5").compareTo(cell(twice, pupil("hs.khanh"), first).score()));
    }

    @Test
    void twoFirstHandInsAtOnceShareTheColumnTheFirstCreated() throws Exception {
        Account teacher = accounts.findByUsername("gv.hung").orElseThrow();
        long khanh = pupil("hs.khanh");
        long linh = pupil("hs.linh");
        long class7A = schools.classOf(khanh).orElseThrow().id();
        long maths = subject("TOAN");
        SourceRef quiz = SourceRef.quiz(505);

        transaction.begin();
        long column = gradebook.recordFromSource(quiz, class7A, maths, Term.FIRST, ColumnKind.REGULAR, "Trắc nghiệm 15 phút",
                Map.of(khanh, Mark.score("7")));
        // a classmate's hand-in arrives while the first one's transaction, which created the column, is still open;
        // the task only calls the transactional service: a lookup outside a transaction in the managed thread
        // would share this invocation's non-transactional EntityManager, which the container closes when the task ends
        Future<Long> second = executor.submit(() -> gradebook.recordFromSource(quiz, class7A, maths, Term.FIRST, ColumnKind.REGULAR,
                "Trắc nghiệm 15 phút", Map.of(linh, Mark.score("9"))));
        Thread.sleep(2000);
        transaction.commit();

        assertEquals(column, second.get(30, TimeUnit.SECONDS));
        transaction.begin();
        GradeSheet sheet = gradebook.sheet(class7A, maths, Term.FIRST, teacher);
        transaction.commit();
        assertEquals(1, sheet.columns().stream().filter(c -> c.sourceId() != null && c.sourceId() == 505).count());
        assertEquals(0, new java.math.BigDecimal("9").compareTo(cell(sheet, linh, column).score()));
        assertEquals(0, new java.math.BigDecimal("7").compareTo(cell(sheet, khanh, column).score()));
    }

    @Test
    void aChangedGradeReplacesTheMarkAndTheColumnStaysTheAssignments() {
        Account teacher = accounts.findByUsername("gv.hung").orElseThrow();
        long class7A = schools.classOf(pupil("hs.khanh")).orElseThrow().id();
        long literature = subject("NGU_VAN");
        long khanh = pupil("hs.khanh");
        long column = gradebook.recordFromSource(SourceRef.assignment(502), class7A, literature, Term.SECOND, ColumnKind.REGULAR, "Viết đoạn văn",
                Map.of(khanh, Mark.score("5")));

        gradebook.recordFromSource(SourceRef.assignment(502), class7A, literature, Term.SECOND, ColumnKind.REGULAR, "Viết đoạn văn (chấm lại)",
                Map.of(khanh, Mark.score("6.5")));

        GradeSheet sheet = gradebook.sheet(class7A, literature, Term.SECOND, teacher);
        assertEquals("Viết đoạn văn (chấm lại)", sheet.columns().stream().filter(c -> c.id() == column).findFirst().orElseThrow().title());
        assertEquals(0, new java.math.BigDecimal("6.5").compareTo(cell(sheet, khanh, column).score()));
        assertEquals("not_manual", assertThrows(GradebookConflictException.class, () -> gradebook.deleteColumn(column, teacher)).code());
    }

    @Test
    void aWrongMarkOrAPupilOfAnotherClassRefusesTheWholeRelease() {
        long class7A = schools.classOf(pupil("hs.khanh")).orElseThrow().id();
        long maths = subject("TOAN");
        Map<Long, Mark> grades = Map.of(pupil("hs.khanh"), Mark.score("7"), pupil("hs.linh"), Mark.score("12"), pupil("hs.an"), Mark.score("9"));

        InvalidMarksException refused = assertThrows(InvalidMarksException.class, () ->
                gradebook.recordFromSource(SourceRef.quiz(503), class7A, maths, Term.SECOND, ColumnKind.REGULAR, "Trắc nghiệm", grades));

        assertEquals(Map.of(Long.toString(pupil("hs.linh")), "score", Long.toString(pupil("hs.an")), "not_in_class"), refused.problems());
        assertEquals(List.of(), em.createQuery("select c.id from GradeColumn c where c.sourceId = 503", Long.class).getResultList());
    }

    @Test
    void theTermTwoSheetGivesTheCircular22YearAverageOfBothTerms() {
        Account teacher = accounts.findByUsername("gv.hung").orElseThrow();
        long class7A = schools.classOf(pupil("hs.khanh")).orElseThrow().id();
        long civics = subject("GDCD");
        long khanh = pupil("hs.khanh");
        // term I: (7 + 8 + 2·6 + 3·9) / 7 = 7.71 → 7.7; term II: (8 + 9 + 2·8 + 3·9) / 7 = 8.57 → 8.6
        release(701, class7A, civics, Term.FIRST, ColumnKind.REGULAR, khanh, "7");
        release(702, class7A, civics, Term.FIRST, ColumnKind.REGULAR, khanh, "8");
        release(703, class7A, civics, Term.FIRST, ColumnKind.MIDTERM, khanh, "6");
        release(704, class7A, civics, Term.FIRST, ColumnKind.END_OF_TERM, khanh, "9");
        release(705, class7A, civics, Term.SECOND, ColumnKind.REGULAR, khanh, "8");
        release(706, class7A, civics, Term.SECOND, ColumnKind.REGULAR, khanh, "9");
        release(707, class7A, civics, Term.SECOND, ColumnKind.MIDTERM, khanh, "8");
        release(708, class7A, civics, Term.SECOND, ColumnKind.END_OF_TERM, khanh, "9");

        GradeSheet.Row row = gradebook.sheet(class7A, civics, Term.SECOND, teacher).rows().stream()
                .filter(r -> r.pupilId() == khanh).findFirst().orElseThrow();

        assertEquals(0, new java.math.BigDecimal("8.6").compareTo(row.result().average()));
        // ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3 = (7.7 + 17.2) / 3 = 8.3
        assertEquals(0, new java.math.BigDecimal("8.3").compareTo(row.yearAverage()));
    }

    private void release(long source, long classId, long subjectId, Term term, ColumnKind kind, long pupil, String score) {
        gradebook.recordFromSource(SourceRef.assignment(source), classId, subjectId, term, kind, null, Map.of(pupil, Mark.score(score)));
    }

    private long pupil(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    private long subject(String code) {
        return em.createQuery("select s from Subject s where s.code = :c", Subject.class).setParameter("c", code).getSingleResult().id();
    }

    private static GradeSheet.Cell cell(GradeSheet sheet, long pupil, long column) {
        return sheet.rows().stream().filter(r -> r.pupilId() == pupil).findFirst().orElseThrow()
                .cells().stream().filter(c -> c.columnId() == column).findFirst().orElseThrow();
    }
}
