package vn.hoclieu.core.roster.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.roster.model.Pupil;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class RosterRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    /** The school's current year and its classes, the ministry codes of the file already taken, and the year's pupils. */
    public SchoolContext contextOf(long schoolId, Collection<String> codesInFile) {
        Optional<SchoolYear> year = em.createQuery("select y from SchoolYear y where y.schoolId = :s and y.current = true", SchoolYear.class)
                .setParameter("s", schoolId).getResultStream().findFirst();
        Map<String, SchoolContext.ClassRef> classes = new HashMap<>();
        Set<String> pupils = new HashSet<>();
        if (year.isPresent()) {
            em.createQuery("select c from SchoolClass c where c.schoolYearId = :y", SchoolClass.class)
                    .setParameter("y", year.get().id()).getResultList()
                    .forEach(c -> classes.put(SchoolContext.classKey(c.name()), new SchoolContext.ClassRef(c.id(), c.name())));
            List<Object[]> enrolled = em.createQuery("""
                    select c.id, a.displayName, p.birthDate from SchoolClass c join c.pupilIds pid, UserAccount a, Pupil p
                    where c.schoolYearId = :y and a.id = pid and p.accountId = pid""", Object[].class)
                    .setParameter("y", year.get().id()).getResultList();
            enrolled.forEach(r -> pupils.add(SchoolContext.pupilKey((String) r[1], (LocalDate) r[2], (Long) r[0])));
        }
        Set<String> codes = codesInFile.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                        "select p.ministryCode from Pupil p where p.ministryCode in :codes", String.class)
                .setParameter("codes", codesInFile).getResultList());
        return new SchoolContext(year.map(SchoolYear::name).orElse("–"), classes, codes, pupils);
    }

    /** Usernames already given out that a generated one could collide with. */
    public Set<String> usernamesStartingWith(String prefix) {
        return new HashSet<>(em.createQuery("select a.username from UserAccount a where a.username like :p", String.class)
                .setParameter("p", prefix.replace("%", "") + "%").getResultList());
    }

    /** Serialises imports into one school: a second import waits, then sees the first one's pupils. */
    public void lockSchool(long schoolId) {
        em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<School> school(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId));
    }

    public SchoolClass schoolClass(long classId) {
        return em.find(SchoolClass.class, classId);
    }

    public void add(Pupil pupil) {
        em.persist(pupil);
    }
}
