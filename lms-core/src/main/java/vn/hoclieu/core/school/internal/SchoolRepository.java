package vn.hoclieu.core.school.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;
import vn.hoclieu.core.school.model.Subject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class SchoolRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<String> nameOf(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId)).map(School::name);
    }

    public Map<Long, String> names(Collection<Long> schoolIds) {
        return em.createQuery("select s from School s where s.id in :ids", School.class)
                .setParameter("ids", schoolIds).getResultStream().collect(Collectors.toMap(School::id, School::name));
    }

    public long countSchools() {
        return em.createQuery("select count(s) from School s", Long.class).getSingleResult();
    }

    public Optional<SchoolYear> currentYear(long schoolId) {
        return em.createQuery("select y from SchoolYear y where y.schoolId = :s and y.current = true", SchoolYear.class)
                .setParameter("s", schoolId).getResultStream().findFirst();
    }

    /** Whether the teacher is homeroom teacher of the class or teaches a subject in it. */
    public boolean teaches(long teacherId, long classId) {
        return em.createQuery("""
                select count(c) from SchoolClass c where c.id = :c and (c.homeroomTeacherId = :t
                  or exists (select t from TeachingAssignment t where t.classId = c.id and t.teacherId = :t))""", Long.class)
                .setParameter("c", classId).setParameter("t", teacherId).getSingleResult() > 0;
    }

    public Optional<SchoolClass> schoolClass(long classId) {
        return Optional.ofNullable(em.find(SchoolClass.class, classId));
    }

    public List<SchoolClass> classesOfYear(long yearId) {
        return em.createQuery("select c from SchoolClass c where c.schoolYearId = :y order by c.grade, c.name", SchoolClass.class)
                .setParameter("y", yearId).getResultList();
    }

    public List<SchoolClass> currentClassesTaughtBy(long teacherId) {
        return em.createQuery("""
                select distinct c from SchoolClass c, SchoolYear y
                where c.schoolYearId = y.id and y.current = true
                  and (c.homeroomTeacherId = :t or exists (
                       select t from TeachingAssignment t where t.classId = c.id and t.teacherId = :t))
                order by c.grade, c.name""", SchoolClass.class)
                .setParameter("t", teacherId).getResultList();
    }

    public Optional<SchoolClass> currentClassOf(long pupilId) {
        return em.createQuery("""
                select c from SchoolClass c, SchoolYear y
                where c.schoolYearId = y.id and y.current = true and :p member of c.pupilIds""", SchoolClass.class)
                .setParameter("p", pupilId).getResultStream().findFirst();
    }

    public Optional<SchoolYear> year(long yearId) {
        return Optional.ofNullable(em.find(SchoolYear.class, yearId));
    }

    public Optional<Subject> subject(String code) {
        return em.createQuery("select s from Subject s where s.code = :c", Subject.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
