package vn.hoclieu.core.demo.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.demo.DemoLogin;
import vn.hoclieu.core.demo.DemoSchool;
import vn.hoclieu.core.school.SchoolCalendar;
import vn.hoclieu.core.school.SchoolYearInput;
import vn.hoclieu.core.school.internal.SchoolRepository;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolLevel;
import vn.hoclieu.core.school.model.SchoolYear;
import vn.hoclieu.core.school.model.Semester;
import vn.hoclieu.core.school.model.Subject;
import vn.hoclieu.core.school.model.TeachingAssignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class DefaultDemoSchool implements DemoSchool {

    /** A reserved top-level domain: a district that turns mail on never reaches a real person with demo mail. */
    private static final String DEMO_MAIL_DOMAIN = "@demo.hoclieu.invalid";

    private static final Map<String, Integer> GRADES = Map.of("1A", 1, "3B", 3, "5C", 5, "7A", 7, "4A", 4);

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SchoolRepository schools;

    @Override
    public boolean seedIfAbsent() {
        boolean exists = em.createQuery("select count(s) from School s where s.code = :c", Long.class)
                .setParameter("c", SCHOOL_CODE).getSingleResult() > 0;
        if (exists) {
            return false;
        }
        School school = new School(SCHOOL_CODE, "Trường TH&THCS Hòa Bình (trường mẫu)", "xã Hòa Bình", "Lâm Đồng",
                SchoolLevel.INTER_LEVEL);
        em.persist(school);
        em.flush();
        School neighbour = new School(NEIGHBOUR_SCHOOL_CODE, "Trường Tiểu học Lộc Bắc (trường mẫu)", "xã Hòa Bình", "Lâm Đồng",
                SchoolLevel.PRIMARY);
        em.persist(neighbour);
        em.flush();
        SchoolYear year = schoolYear(school);
        SchoolYear neighbourYear = schoolYear(neighbour);

        Map<String, Account> people = new HashMap<>();
        for (DemoLogin login : LOGINS) {
            Long schoolId = login.role() == Role.LEARNER || login.role() == Role.DISTRICT_ADMIN
                    ? null : inNeighbourSchool(login) ? neighbour.id() : school.id();
            people.put(login.username(), accounts.create(login.username(), login.displayName(), login.username() + DEMO_MAIL_DOMAIN, PASSWORD,
                    schoolId, login.role()));
        }
        Map<String, SchoolClass> classes = new HashMap<>();
        for (DemoLogin login : LOGINS) {
            if (login.role() == Role.TEACHER) {
                SchoolYear classYear = inNeighbourSchool(login) ? neighbourYear : year;
                SchoolClass c = new SchoolClass(classYear.id(), login.className(), GRADES.get(login.className()),
                        people.get(login.username()).id());
                em.persist(c);
                classes.put(login.className(), c);
            }
        }
        em.flush();
        for (DemoLogin login : LOGINS) {
            if (login.role() == Role.STUDENT) {
                classes.get(login.className()).enrol(people.get(login.username()).id());
            }
        }
        assignTeaching(classes, people);
        return true;
    }

    private static boolean inNeighbourSchool(DemoLogin login) {
        return login.className() != null && NEIGHBOUR_CLASSES.contains(login.className());
    }

    private SchoolYear schoolYear(School school) {
        SchoolYearInput usual = SchoolCalendar.usualYear(2026);
        SchoolYear year = new SchoolYear(school.id(), SchoolCalendar.yearName(usual.startsOn(), usual.endsOn()),
                usual.startsOn(), usual.endsOn(), true);
        em.persist(year);
        em.flush();
        em.persist(new Semester(year.id(), 1, usual.firstSemester().startsOn(), usual.firstSemester().endsOn()));
        em.persist(new Semester(year.id(), 2, usual.secondSemester().startsOn(), usual.secondSemester().endsOn()));
        return year;
    }

    /**
     * Homeroom teachers of primary classes teach Vietnamese and Mathematics there; 7A's teaches
     * Literature, Mathematics, Civic education and Physical education (scored subjects
     * of 140 and 35 periods a year, and a commented one, of Circular 22).
     */
    private void assignTeaching(Map<String, SchoolClass> classes, Map<String, Account> people) {
        for (SchoolClass c : classes.values()) {
            List<String> subjects = c.grade() <= 5 ? List.of("TIENG_VIET", "TOAN") : List.of("NGU_VAN", "TOAN", "GDCD", "GDTC");
            for (String code : subjects) {
                em.persist(new TeachingAssignment(c.id(), subject(code).id(), c.homeroomTeacherId()));
            }
        }
        // a subject teacher across classes: English in 3B and 5C by Ka Nhung
        long english = subject("TIENG_ANH").id();
        em.persist(new TeachingAssignment(classes.get("3B").id(), english, people.get("gv.nhung").id()));
        em.persist(new TeachingAssignment(classes.get("5C").id(), english, people.get("gv.nhung").id()));
    }

    private Subject subject(String code) {
        return schools.subject(code).orElseThrow(() -> new IllegalStateException("Subject " + code + " missing: migration V2 not applied?"));
    }
}
