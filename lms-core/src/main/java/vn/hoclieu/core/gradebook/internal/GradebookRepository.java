package vn.hoclieu.core.gradebook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoclieu.core.gradebook.ColumnSource;
import vn.hoclieu.core.gradebook.CompetenceAspect;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.core.gradebook.model.CompetenceEntry;
import vn.hoclieu.core.gradebook.model.GradeColumn;
import vn.hoclieu.core.gradebook.model.GradeEntry;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;
import vn.hoclieu.core.school.model.Subject;
import vn.hoclieu.core.school.model.TeachingAssignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class GradebookRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<SchoolClass> schoolClass(long classId) {
        return Optional.ofNullable(em.find(SchoolClass.class, classId));
    }

    public SchoolYear yearOf(SchoolClass c) {
        return em.find(SchoolYear.class, c.schoolYearId());
    }

    public School school(long schoolId) {
        return em.find(School.class, schoolId);
    }

    public Optional<Subject> subject(long subjectId) {
        return Optional.ofNullable(em.find(Subject.class, subjectId));
    }

    /** Who teaches the subject in the class, if it is taught there. */
    public Optional<TeachingAssignment> teaching(long classId, long subjectId) {
        return Optional.ofNullable(em.find(TeachingAssignment.class, new TeachingAssignment.Key(classId, subjectId)));
    }

    public List<TeachingAssignment> teachingOf(long classId) {
        return em.createQuery("select t from TeachingAssignment t where t.classId = :c", TeachingAssignment.class)
                .setParameter("c", classId).getResultList();
    }

    public List<Subject> subjects(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Subject s where s.id in :ids order by s.id", Subject.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Columns of a sheet in the order they were made (regular scores first come first). */
    public List<GradeColumn> columns(long classId, long subjectId, Term term) {
        return em.createQuery("""
                select c from GradeColumn c where c.classId = :c and c.subjectId = :s and c.term = :t order by c.id""", GradeColumn.class)
                .setParameter("c", classId).setParameter("s", subjectId).setParameter("t", term).getResultList();
    }

    public Optional<GradeColumn> column(long id) {
        return Optional.ofNullable(em.find(GradeColumn.class, id));
    }

    public Optional<GradeColumn> columnOf(long classId, long subjectId, ColumnSource source, long sourceId) {
        return columnQuery(classId, subjectId, source, sourceId).getResultStream().findFirst();
    }

    /** The column as last committed, not as this transaction's snapshot saw it (a locking read). */
    public Optional<GradeColumn> columnOfCommitted(long classId, long subjectId, ColumnSource source, long sourceId) {
        return columnQuery(classId, subjectId, source, sourceId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Holds the class's teaching row of the subject until the transaction ends. */
    public void lockTeaching(long classId, long subjectId) {
        em.find(TeachingAssignment.class, new TeachingAssignment.Key(classId, subjectId), LockModeType.PESSIMISTIC_WRITE);
    }

    private TypedQuery<GradeColumn> columnQuery(long classId, long subjectId, ColumnSource source, long sourceId) {
        return em.createQuery("""
                select c from GradeColumn c where c.classId = :c and c.subjectId = :s and c.source = :k and c.sourceId = :id""", GradeColumn.class)
                .setParameter("c", classId).setParameter("s", subjectId).setParameter("k", source).setParameter("id", sourceId);
    }

    public List<GradeEntry> entries(Collection<Long> columnIds) {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from GradeEntry e where e.columnId in :c", GradeEntry.class)
                .setParameter("c", columnIds).getResultList();
    }

    public Optional<GradeEntry> entry(long columnId, long pupilId) {
        return Optional.ofNullable(em.find(GradeEntry.class, new GradeEntry.Key(columnId, pupilId)));
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public List<CompetenceEntry> competences(long classId, Term term) {
        return em.createQuery("select c from CompetenceEntry c where c.classId = :c and c.term = :t", CompetenceEntry.class)
                .setParameter("c", classId).setParameter("t", term).getResultList();
    }

    public Optional<CompetenceEntry> competence(long classId, long pupilId, Term term, CompetenceAspect aspect) {
        return Optional.ofNullable(em.find(CompetenceEntry.class, new CompetenceEntry.Key(classId, pupilId, term, aspect)));
    }

    /** Writes pending changes now, so that a concurrent save of the same mark fails here (optimistic version) and not at commit. */
    public void flush() {
        em.flush();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush(); // the id, for the answer
    }
}
