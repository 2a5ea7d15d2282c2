package vn.hoclieu.core.school.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.internal.AccountRepository;
import vn.hoclieu.core.account.internal.PasswordHashing;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.roster.internal.FirstPasswords;
import vn.hoclieu.core.roster.internal.UsernameGenerator;
import vn.hoclieu.core.school.ClassInput;
import vn.hoclieu.core.school.ClassSetup;
import vn.hoclieu.core.school.NewTeacher;
import vn.hoclieu.core.school.SchoolCalendar;
import vn.hoclieu.core.school.SchoolInfo;
import vn.hoclieu.core.school.SchoolInput;
import vn.hoclieu.core.school.SchoolStructureService;
import vn.hoclieu.core.school.SchoolYearInfo;
import vn.hoclieu.core.school.SchoolYearInput;
import vn.hoclieu.core.school.SemesterInfo;
import vn.hoclieu.core.school.StaffMember;
import vn.hoclieu.core.school.StructureRefusedException;
import vn.hoclieu.core.school.SubjectInfo;
import vn.hoclieu.core.school.TeacherInput;
import vn.hoclieu.core.school.model.School;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;
import vn.hoclieu.core.school.model.Semester;
import vn.hoclieu.core.school.model.Subject;
import vn.hoclieu.core.school.model.TeachingAssignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultSchoolStructureService implements SchoolStructureService {

    /** The rule of self-chosen usernames (registration) and of generated ones. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    StructureRepository structure;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Override
    public SchoolInfo createSchool(Account actor, SchoolInput input) {
        if (!actor.has(Role.DISTRICT_ADMIN)) {
            throw StructureRefusedException.forbidden();
        }
        String code = input.code().strip().toUpperCase(Locale.ROOT);
        if (structure.schoolCodeTaken(code)) {
            throw StructureRefusedException.conflict("school_exists");
        }
        School school = new School(code, input.name().strip(), blankToNull(input.commune()), blankToNull(input.province()), input.level());
        structure.add(school);
        return info(school);
    }

    @Override
    public SchoolInfo school(Account actor, long schoolId) {
        return info(adminOf(actor, schoolId));
    }

    @Override
    public List<SchoolYearInfo> years(Account actor, long schoolId) {
        adminOf(actor, schoolId);
        return structure.yearsOf(schoolId).stream().map(this::info).toList();
    }

    @Override
    public SchoolYearInfo createYear(Account actor, long schoolId, SchoolYearInput input) {
        adminOf(actor, schoolId);
        SchoolCalendar.check(input);
        structure.lockSchool(schoolId);
        String name = SchoolCalendar.yearName(input.startsOn(), input.endsOn());
        List<SchoolYear> existing = structure.yearsOf(schoolId);
        if (existing.stream().anyMatch(y -> y.name().equals(name))) {
            throw StructureRefusedException.conflict("year_exists");
        }
        boolean first = existing.stream().noneMatch(SchoolYear::current);
        SchoolYear year = new SchoolYear(schoolId, name, input.startsOn(), input.endsOn(), first);
        structure.add(year);
        structure.add(new Semester(year.id(), 1, input.firstSemester().startsOn(), input.firstSemester().endsOn()));
        structure.add(new Semester(year.id(), 2, input.secondSemester().startsOn(), input.secondSemester().endsOn()));
        return info(year);
    }

    @Override
    public SchoolYearInfo makeCurrent(Account actor, long schoolId, long yearId) {
        adminOf(actor, schoolId);
        structure.lockSchool(schoolId);
        SchoolYear year = structure.yearOf(schoolId, yearId).orElseThrow(StructureRefusedException::notFound);
        structure.onlyCurrentYear(schoolId, yearId);
        year.markCurrent(true);
        return info(year);
    }

    @Override
    public List<ClassSetup> classes(Account actor, long schoolId, Long yearId) {
        adminOf(actor, schoolId);
        Long year = yearId != null ? yearId
                : structure.yearsOf(schoolId).stream().filter(SchoolYear::current).map(SchoolYear::id).findFirst().orElse(null);
        if (year == null) {
            return List.of();
        }
        structure.yearOf(schoolId, year).orElseThrow(StructureRefusedException::notFound);
        return structure.classesOfYear(year).stream().map(this::setup).toList();
    }

    @Override
    public ClassSetup createClass(Account actor, long schoolId, ClassInput input) {
        School school = adminOf(actor, schoolId);
        structure.lockSchool(schoolId);
        SchoolYear year = structure.yearOf(schoolId, input.schoolYearId())
                .orElseThrow(() -> StructureRefusedException.invalid("year_unknown", "schoolYearId"));
        String name = ClassNames.normalized(input.name());
        ClassNames.check(name, input.grade(), school.level());
        if (structure.classNameTaken(year.id(), name, null)) {
            throw StructureRefusedException.conflict("class_exists");
        }
        if (input.homeroomTeacherId() != null) {
            requireTeacherOf(schoolId, input.homeroomTeacherId(), "homeroomTeacherId");
        }
        SchoolClass created = new SchoolClass(year.id(), name, input.grade(), input.homeroomTeacherId());
        structure.add(created);
        return setup(created);
    }

    @Override
    public ClassSetup renameClass(Account actor, long schoolId, long classId, String name) {
        School school = adminOf(actor, schoolId);
        structure.lockSchool(schoolId);
        SchoolClass schoolClass = classOf(schoolId, classId);
        String normalized = ClassNames.normalized(name);
        ClassNames.check(normalized, schoolClass.grade(), school.level());
        if (structure.classNameTaken(schoolClass.schoolYearId(), normalized, classId)) {
            throw StructureRefusedException.conflict("class_exists");
        }
        schoolClass.rename(normalized);
        return setup(schoolClass);
    }

    @Override
    public void deleteClass(Account actor, long schoolId, long classId) {
        adminOf(actor, schoolId);
        SchoolClass schoolClass = classOf(schoolId, classId);
        if (!schoolClass.pupilIds().isEmpty() || structure.classPageUsed(classId)) {
            throw StructureRefusedException.conflict("class_not_empty");
        }
        structure.deleteClass(schoolClass);
    }

    @Override
    public ClassSetup appointHomeroomTeacher(Account actor, long schoolId, long classId, Long teacherId) {
        adminOf(actor, schoolId);
        SchoolClass schoolClass = classOf(schoolId, classId);
        if (teacherId != null) {
            requireTeacherOf(schoolId, teacherId, "teacherId");
        }
        schoolClass.appointHomeroomTeacher(teacherId);
        return setup(schoolClass);
    }

    @Override
    public ClassSetup assignSubjectTeacher(Account actor, long schoolId, long classId, String subjectCode, long teacherId) {
        adminOf(actor, schoolId);
        SchoolClass schoolClass = classOf(schoolId, classId);
        Subject subject = subjectOfGrade(schoolClass.grade(), subjectCode);
        requireTeacherOf(schoolId, teacherId, "teacherId");
        structure.teaching(classId, subject.id()).ifPresentOrElse(t -> t.handTo(teacherId),
                () -> structure.add(new TeachingAssignment(classId, subject.id(), teacherId)));
        return setup(schoolClass);
    }

    @Override
    public ClassSetup unassignSubjectTeacher(Account actor, long schoolId, long classId, String subjectCode) {
        adminOf(actor, schoolId);
        SchoolClass schoolClass = classOf(schoolId, classId);
        Subject subject = subjectOfGrade(schoolClass.grade(), subjectCode);
        structure.teaching(classId, subject.id()).ifPresent(structure::remove);
        return setup(schoolClass);
    }

    @Override
    public List<StaffMember> teachers(Account actor, long schoolId) {
        adminOf(actor, schoolId);
        return structure.teachersOf(schoolId).stream().map(DefaultSchoolStructureService::member).toList();
    }

    @Override
    public NewTeacher addTeacher(Account actor, long schoolId, TeacherInput input) {
        adminOf(actor, schoolId);
        String displayName = input.displayName().strip().replaceAll("\\s+", " ");
        String email = blankToNull(input.email()) == null ? null : input.email().strip().toLowerCase(Locale.ROOT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw StructureRefusedException.invalid("email_invalid", "email");
        }
        if (email != null && structure.emailTaken(email)) {
            throw StructureRefusedException.conflict("email_taken");
        }
        String username = usernameFor(input.username(), displayName);
        String firstPassword = FirstPasswords.next();
        UserAccount account = new UserAccount(username, displayName, email, passwords.hash(firstPassword), schoolId);
        account.grant(Role.TEACHER);
        account.issueFirstPassword(account.passwordHash());
        accounts.add(account);
        return new NewTeacher(member(account), firstPassword);
    }

    /** The username the admin chose (refused when taken), or {@code gv.<given name>} made free. */
    private String usernameFor(String chosen, String displayName) {
        if (chosen != null && !chosen.isBlank()) {
            String username = chosen.strip().toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                throw StructureRefusedException.invalid("username_invalid", "username");
            }
            if (accounts.findByUsername(username).isPresent()) {
                throw StructureRefusedException.conflict("username_taken");
            }
            return username;
        }
        return new UsernameGenerator(UsernameGenerator.TEACHER_PREFIX, u -> accounts.findByUsername(u).isPresent()).next(displayName);
    }

    /** A school admin of this school, or a district admin; the school must exist. */
    private School adminOf(Account actor, long schoolId) {
        boolean own = actor.has(Role.SCHOOL_ADMIN) && Objects.equals(actor.schoolId(), schoolId);
        if (!own && !actor.has(Role.DISTRICT_ADMIN)) {
            throw StructureRefusedException.forbidden();
        }
        return structure.school(schoolId).orElseThrow(StructureRefusedException::notFound);
    }

    private SchoolClass classOf(long schoolId, long classId) {
        return structure.classOf(schoolId, classId).orElseThrow(StructureRefusedException::notFound);
    }

    private void requireTeacherOf(long schoolId, long teacherId, String field) {
        boolean ok = accounts.findById(teacherId)
                .filter(a -> a.roles().contains(Role.TEACHER) && Objects.equals(a.schoolId(), schoolId)).isPresent();
        if (!ok) {
            throw StructureRefusedException.invalid("not_a_teacher_here", field);
        }
    }

    private Subject subjectOfGrade(int grade, String subjectCode) {
        return structure.subjectsOfGrade(grade).stream().filter(s -> s.code().equalsIgnoreCase(subjectCode)).findFirst()
                .orElseThrow(() -> StructureRefusedException.invalid("subject_not_in_grade", "subject"));
    }

    private ClassSetup setup(SchoolClass c) {
        Map<Long, Long> teacherBySubject = structure.teachingOf(c.id()).stream()
                .collect(Collectors.toMap(TeachingAssignment::subjectId, TeachingAssignment::teacherId));
        List<ClassSetup.SubjectTeaching> subjects = structure.subjectsOfGrade(c.grade()).stream()
                .map(s -> new ClassSetup.SubjectTeaching(subjectInfo(s), teacherBySubject.get(s.id()), nameOf(teacherBySubject.get(s.id()))))
                .toList();
        return new ClassSetup(c.id(), c.schoolYearId(), c.name(), c.grade(), c.homeroomTeacherId(), nameOf(c.homeroomTeacherId()),
                c.pupilIds().size(), subjects);
    }

    private String nameOf(Long accountId) {
        return accountId == null ? null : accounts.displayNameOf(accountId).orElse(null);
    }

    private SchoolYearInfo info(SchoolYear y) {
        List<SemesterInfo> semesters = structure.semestersOf(y.id()).stream().map(DefaultSchoolStructureService::info).toList();
        return new SchoolYearInfo(y.id(), y.name(), y.startsOn(), y.endsOn(), y.current(), semesters);
    }

    static SemesterInfo info(Semester s) {
        return new SemesterInfo(s.id(), s.schoolYearId(), s.number(), s.startsOn(), s.endsOn());
    }

    static SubjectInfo subjectInfo(Subject s) {
        return new SubjectInfo(s.id(), s.code(), s.nameVi(), s.nameEn());
    }

    private static SchoolInfo info(School s) {
        return new SchoolInfo(s.id(), s.code(), s.name(), s.commune(), s.province(), s.level());
    }

    private static StaffMember member(UserAccount a) {
        return new StaffMember(a.id(), a.username(), a.displayName(), a.email(), a.mustChangePassword());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
