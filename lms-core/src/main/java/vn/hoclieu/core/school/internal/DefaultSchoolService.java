package vn.hoclieu.core.school.internal;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.internal.AccountRepository;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.SemesterInfo;
import vn.hoclieu.core.school.SubjectInfo;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultSchoolService implements SchoolService {

    @Inject
    SchoolRepository schools;

    @Inject
    AccountRepository accounts;

    @Inject
    StructureRepository structure;

    /** Semesters turn by the day in Vietnam, wherever the server runs. */
    Clock clock = Clock.system(VietnamTime.ZONE);

    @Override
    public List<ClassSummary> classesTaughtBy(long teacherId) {
        return schools.currentClassesTaughtBy(teacherId).stream().map(this::summary).toList();
    }

    @Override
    public Optional<ClassSummary> classOf(long pupilId) {
        return schools.currentClassOf(pupilId).map(this::summary);
    }

    @Override
    public List<ClassSummary> classesOf(long schoolId) {
        return schools.currentYear(schoolId)
                .map(y -> schools.classesOfYear(y.id()).stream().map(this::summary).toList())
                .orElse(List.of());
    }

    @Override
    public boolean teaches(long teacherId, long classId) {
        return schools.teaches(teacherId, classId);
    }

    @Override
    public Optional<ClassSummary> classById(long classId) {
        return schools.schoolClass(classId).map(this::summary);
    }

    @Override
    public Optional<String> currentYearOf(long schoolId) {
        return schools.currentYear(schoolId).map(SchoolYear::name);
    }

    @Override
    public Optional<SemesterInfo> currentSemester(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        return schools.currentYear(schoolId).stream().flatMap(y -> structure.semestersOf(y.id()).stream())
                .filter(s -> s.contains(today)).findFirst().map(DefaultSchoolStructureService::info);
    }

    @Override
    public List<SubjectInfo> subjectsOf(int grade) {
        return structure.subjectsOfGrade(grade).stream().map(DefaultSchoolStructureService::subjectInfo).toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> schoolIds) {
        return schoolIds.isEmpty() ? Map.of() : schools.names(schoolIds);
    }

    private ClassSummary summary(SchoolClass c) {
        String year = schools.year(c.schoolYearId()).map(SchoolYear::name).orElse("");
        String homeroom = c.homeroomTeacherId() == null ? null : accounts.displayNameOf(c.homeroomTeacherId()).orElse(null);
        return new ClassSummary(c.id(), c.name(), c.grade(), year, homeroom, c.pupilIds().size());
    }
}
