package vn.hoclieu.core.school.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;
import vn.hoclieu.core.school.model.Semester;
import vn.hoclieu.core.school.model.Subject;
import vn.hoclieu.core.school.model.TeachingAssignment;

import java.util.List;
import java.util.Optional;

/** Queries and writes of the school structure's administration. */
@ApplicationScoped
public class StructureRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<School> school(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId));
    }

    /** Serialises structure changes of one school (current year, names), as roster imports do. */
    public Optional<School> lockSchool(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean schoolCodeTaken(String code) {
        return em.createQuery("select count(s) from School s where s.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    public List<SchoolYear> yearsOf(long schoolId) {
        return em.createQuery("select y from SchoolYear y where y.schoolId = :s order by y.startsOn desc", SchoolYear.class)
                .setParameter("s", schoolId).getResultList();
    }

    public Optional<SchoolYear> yearOf(long schoolId, long yearId) {
        return Optional.ofNullable(em.find(SchoolYear.class, yearId)).filter(y -> y.schoolId() == schoolId);
    }

    public List<Semester> semestersOf(long yearId) {
        return em.createQuery("select s from Semester s where s.schoolYearId = :y order by s.number", Semester.class)
                .setParameter("y", yearId).getResultList();
    }

    /** Every other year of the school stops being current (the one kept is set by its entity). */
    public void onlyCurrentYear(long schoolId, long yearId) {
        em.createQuery("update SchoolYear y set y.current = false where y.schoolId = :s and y.id <> :y")
                .setParameter("s", schoolId).setParameter("y", yearId).executeUpdate();
    }

    public List<SchoolClass> classesOfYear(long yearId) {
        return em.createQuery("select c from SchoolClass c where c.schoolYearId = :y order by c.grade, c.name", SchoolClass.class)
                .setParameter("y", yearId).getResultList();
    }

    /** The class if it belongs to a year of this school. */
    public Optional<SchoolClass> classOf(long schoolId, long classId) {
        return Optional.ofNullable(em.find(SchoolClass.class, classId))
                .filter(c -> yearOf(schoolId, c.schoolYearId()).isPresent());
    }

    public boolean classNameTaken(long yearId, String name, Long exceptClassId) {
        return em.createQuery("select count(c) from SchoolClass c where c.schoolYearId = :y and c.name = :n and c.id <> :x", Long.class)
                .setParameter("y", yearId).setParameter("n", name).setParameter("x", exceptClassId == null ? -1L : exceptClassId)
                .getSingleResult() > 0;
    }

    /**
     * Whether the class's page holds anything: announcements, sessions or materials handed out.
     * Asked in SQL because those belong to the classroom feature, which refers to the class by id.
     */
    public boolean classPageUsed(long classId) {
        Number used = (Number) em.createNativeQuery("""
                select (select count(*) from core_announcement where class_id = ?1)
                     + (select count(*) from core_online_session where class_id = ?1)
                     + (select count(*) from core_class_material where class_id = ?1)""")
                .setParameter(1, classId).getSingleResult();
        return used.longValue() > 0;
    }

    public void deleteClass(SchoolClass schoolClass) {
        em.createQuery("delete from TeachingAssignment t where t.classId = :c").setParameter("c", schoolClass.id()).executeUpdate();
        em.remove(schoolClass);
        em.flush();
    }

    public List<Subject> subjectsOfGrade(int grade) {
        return em.createQuery("""
                select s from Subject s, GradeSubject g where g.subjectId = s.id and g.grade = :g
                order by g.position, s.nameVi""", Subject.class)
                .setParameter("g", grade).getResultList();
    }

    public List<TeachingAssignment> teachingOf(long classId) {
        return em.createQuery("select t from TeachingAssignment t where t.classId = :c", TeachingAssignment.class)
                .setParameter("c", classId).getResultList();
    }

    public Optional<TeachingAssignment> teaching(long classId, long subjectId) {
        return Optional.ofNullable(em.find(TeachingAssignment.class, new TeachingAssignment.Key(classId, subjectId)));
    }

    public void remove(TeachingAssignment assignment) {
        em.remove(assignment);
        em.flush();
    }

    public List<UserAccount> teachersOf(long schoolId) {
        return em.createQuery("""
                select a from UserAccount a join a.roles r
                where a.schoolId = :s and r = :role order by a.displayName, a.username""", UserAccount.class)
                .setParameter("s", schoolId).setParameter("role", Role.TEACHER).getResultList();
    }

    public boolean emailTaken(String email) {
        return em.createQuery("select count(a) from UserAccount a where a.email = :e", Long.class)
                .setParameter("e", email).getSingleResult() > 0;
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
