package vn.hoclieu.web.school.view;

import vn.hoclieu.core.VietnamTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.school.ClassInput;
import vn.hoclieu.core.school.ClassSetup;
import vn.hoclieu.core.school.DateRange;
import vn.hoclieu.core.school.NewTeacher;
import vn.hoclieu.core.school.SchoolCalendar;
import vn.hoclieu.core.school.SchoolInfo;
import vn.hoclieu.core.school.SchoolStructureService;
import vn.hoclieu.core.school.SchoolYearInfo;
import vn.hoclieu.core.school.SchoolYearInput;
import vn.hoclieu.core.school.StaffMember;
import vn.hoclieu.core.school.StructureRefusedException;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.review.view.PageAccess;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The school admin's page for the school's structure: years and semesters, classes with their
 * homeroom teachers, who teaches which subject in a class, and teachers' accounts (a new teacher's
 * first password is shown once). A district admin opens any school with {@code ?school=id}.
 */
@Named
@ViewScoped
public class SchoolView implements Serializable {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SchoolStructureService structure;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LocaleSelection localeSelection;

    private Long schoolId;
    private SchoolInfo school;
    private List<SchoolYearInfo> years = List.of();
    private List<ClassSetup> classes = List.of();
    private List<StaffMember> teachers = List.of();
    private Long yearId;
    private Long classId;
    private final Map<String, Long> teacherOfSubject = new HashMap<>();
    private final Map<Long, Long> homeroomOf = new HashMap<>();
    private final Map<Long, String> nameOf = new HashMap<>();
    private NewYearForm newYear = new NewYearForm();
    private NewClassForm newClass = new NewClassForm();
    private NewTeacherForm newTeacher = new NewTeacherForm();
    private NewTeacher issued;

    public void open() {
        Account me = currentUser.account().orElse(null);
        boolean district = me != null && me.has(Role.DISTRICT_ADMIN);
        if (me == null || !(me.has(Role.SCHOOL_ADMIN) && me.schoolId() != null) && !district) {
            PageAccess.refuse(403);
            return;
        }
        if (schoolId == null || !district) {
            schoolId = me.schoolId();
        }
        if (schoolId == null) {
            PageAccess.refuse(404);
            return;
        }
        try {
            school = structure.school(me, schoolId);
        } catch (StructureRefusedException refused) {
            PageAccess.refuse(refused.kind() == StructureRefusedException.Kind.NOT_FOUND ? 404 : 403);
            return;
        }
        newYear = NewYearForm.usual(LocalDate.now(VietnamTime.ZONE));
        reload();
    }

    private void reload() {
        Account me = currentUser.required();
        years = structure.years(me, schoolId);
        if (yearId == null || years.stream().noneMatch(y -> y.id() == yearId)) {
            yearId = years.stream().filter(SchoolYearInfo::current).map(SchoolYearInfo::id).findFirst()
                    .orElse(years.isEmpty() ? null : years.getFirst().id());
        }
        classes = yearId == null ? List.of() : structure.classes(me, schoolId, yearId);
        teachers = structure.teachers(me, schoolId);
        homeroomOf.clear();
        nameOf.clear();
        classes.forEach(c -> {
            homeroomOf.put(c.id(), c.homeroomTeacherId());
            nameOf.put(c.id(), c.name());
        });
        if (classId == null || classes.stream().noneMatch(c -> c.id() == classId)) {
            classId = classes.isEmpty() ? null : classes.getFirst().id();
        }
        teacherOfSubject.clear();
        selectedClass().ifPresent(c -> c.subjects().forEach(s -> teacherOfSubject.put(s.subject().code(), s.teacherId())));
    }

    /** Runs a change; a refusal is said in the reader's language, and the page shows what is now true. */
    private boolean attempt(Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            messages.info(doneKey, arguments);
            return true;
        } catch (StructureRefusedException refused) {
            messages.error(switch (refused.kind()) {
                case INVALID, CONFLICT -> "school.error." + refused.code();
                case NOT_FOUND -> "api.notFound";
                case FORBIDDEN -> "api.forbidden";
            });
            return false;
        } finally {
            reload();
        }
    }

    public void createYear() {
        SchoolYearInput input = newYear.input();
        if (attempt(() -> structure.createYear(currentUser.required(), schoolId, input), "school.year.created",
                SchoolCalendar.yearName(input.startsOn(), input.endsOn()))) {
            newYear = NewYearForm.usual(input.endsOn());
        }
    }

    public void makeCurrent(long id) {
        attempt(() -> structure.makeCurrent(currentUser.required(), schoolId, id), "school.year.madeCurrent");
    }

    public void showYear() {
        classId = null;
        reload();
    }

    public void createClass() {
        ClassInput input = new ClassInput(yearId, newClass.name, newClass.grade, newClass.homeroomTeacherId);
        if (attempt(() -> structure.createClass(currentUser.required(), schoolId, input), "school.class.created", newClass.name)) {
            newClass = new NewClassForm();
        }
    }

    public void saveClass(long id) {
        Account me = currentUser.required();
        attempt(() -> {
            structure.renameClass(me, schoolId, id, nameOf.get(id));
            structure.appointHomeroomTeacher(me, schoolId, id, homeroomOf.get(id));
        }, "school.class.saved");
    }

    public void deleteClass(long id) {
        attempt(() -> structure.deleteClass(currentUser.required(), schoolId, id), "school.class.deleted");
    }

    public void showClass() {
        reload();
    }

    /** Saves the subjects whose teacher changed: a chosen teacher is assigned, "nobody" unassigns. */
    public void saveTeaching() {
        ClassSetup current = selectedClass().orElse(null);
        if (current == null) {
            return;
        }
        Account me = currentUser.required();
        Map<String, Long> wanted = Map.copyOf(teacherOfSubjectWithoutNulls());
        attempt(() -> current.subjects().forEach(s -> {
            Long chosen = wanted.get(s.subject().code());
            if (Objects.equals(chosen, s.teacherId())) {
                return;
            }
            if (chosen == null) {
                structure.unassignSubjectTeacher(me, schoolId, current.id(), s.subject().code());
            } else {
                structure.assignSubjectTeacher(me, schoolId, current.id(), s.subject().code(), chosen);
            }
        }), "school.teaching.saved", current.name());
    }

    private Map<String, Long> teacherOfSubjectWithoutNulls() {
        Map<String, Long> copy = new HashMap<>();
        teacherOfSubject.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    public void addTeacher() {
        issued = null;
        var input = new vn.hoclieu.core.school.TeacherInput(newTeacher.displayName, blankToNull(newTeacher.username), blankToNull(newTeacher.email));
        attempt(() -> issued = structure.addTeacher(currentUser.required(), schoolId, input), "school.teacher.added", newTeacher.displayName);
        if (issued != null) {
            newTeacher = new NewTeacherForm();
        }
    }

    public java.util.Optional<ClassSetup> selectedClass() {
        return classes.stream().filter(c -> Objects.equals(c.id(), classId)).findFirst();
    }

    public ClassSetup getSelectedClass() {
        return selectedClass().orElse(null);
    }

    public List<Integer> getGrades() {
        return school == null ? List.of() : IntStream.rangeClosed(school.level().firstGrade(), school.level().lastGrade()).boxed().toList();
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.format(VIETNAMESE_DATE);
    }

    public String subjectName(ClassSetup.SubjectTeaching s) {
        return s.subject().name(localeSelection.getLanguage());
    }

    public String levelName() {
        return school == null ? "" : messages.text("school.level." + school.level().name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public SchoolInfo getSchool() { return school; }
    public List<SchoolYearInfo> getYears() { return years; }
    public List<ClassSetup> getClasses() { return classes; }
    public List<StaffMember> getTeachers() { return teachers; }
    public Long getYearId() { return yearId; }
    public void setYearId(Long yearId) { this.yearId = yearId; }
    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
    public Map<String, Long> getTeacherOfSubject() { return teacherOfSubject; }
    public Map<Long, Long> getHomeroomOf() { return homeroomOf; }
    public Map<Long, String> getNameOf() { return nameOf; }
    public NewYearForm getNewYear() { return newYear; }
    public NewClassForm getNewClass() { return newClass; }
    public NewTeacherForm getNewTeacher() { return newTeacher; }
    public NewTeacher getIssued() { return issued; }

    /** The new-year form, prefilled with the usual calendar of the next year to set up. */
    public static class NewYearForm implements Serializable {
        private LocalDate startsOn;
        private LocalDate endsOn;
        private LocalDate firstEndsOn;
        private LocalDate secondStartsOn;

        static NewYearForm usual(LocalDate after) {
            int startYear = after.getMonthValue() >= 8 ? after.getYear() : after.getYear() - 1;
            SchoolYearInput usual = SchoolCalendar.usualYear(after.isAfter(LocalDate.of(startYear, 9, 5)) ? startYear + 1 : startYear);
            NewYearForm form = new NewYearForm();
            form.startsOn = usual.startsOn();
            form.endsOn = usual.endsOn();
            form.firstEndsOn = usual.firstSemester().endsOn();
            form.secondStartsOn = usual.secondSemester().startsOn();
            return form;
        }

        SchoolYearInput input() {
            return new SchoolYearInput(startsOn, endsOn, new DateRange(startsOn, firstEndsOn), new DateRange(secondStartsOn, endsOn));
        }

        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate v) { startsOn = v; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate v) { endsOn = v; }
        public LocalDate getFirstEndsOn() { return firstEndsOn; }
        public void setFirstEndsOn(LocalDate v) { firstEndsOn = v; }
        public LocalDate getSecondStartsOn() { return secondStartsOn; }
        public void setSecondStartsOn(LocalDate v) { secondStartsOn = v; }
    }

    public static class NewClassForm implements Serializable {
        private String name;
        private Integer grade;
        private Long homeroomTeacherId;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public Integer getGrade() { return grade; }
        public void setGrade(Integer v) { grade = v; }
        public Long getHomeroomTeacherId() { return homeroomTeacherId; }
        public void setHomeroomTeacherId(Long v) { homeroomTeacherId = v; }
    }

    public static class NewTeacherForm implements Serializable {
        private String displayName;
        private String username;
        private String email;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
    }
}
