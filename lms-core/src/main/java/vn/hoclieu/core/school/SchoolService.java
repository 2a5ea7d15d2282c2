package vn.hoclieu.core.school;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of a school's structure: years, classes, who teaches and learns where. */
public interface SchoolService {

    /** Classes of the current school year that the teacher is homeroom teacher of or teaches a subject in. */
    List<ClassSummary> classesTaughtBy(long teacherId);

    /** The pupil's class in the current school year, if enrolled. */
    Optional<ClassSummary> classOf(long pupilId);

    /** Whether the teacher is the class's homeroom teacher or teaches a subject in it. */
    boolean teaches(long teacherId, long classId);

    /** Any class by id (callers check who may see it). */
    Optional<ClassSummary> classById(long classId);

    /** Every class of the school's current year, by grade and name. */
    List<ClassSummary> classesOf(long schoolId);

    /** The current school year's name ("2026–2027"), if the school has one. */
    Optional<String> currentYearOf(long schoolId);

    /** The semester of the school's current year that today (Vietnam time) falls in, if any. */
    Optional<SemesterInfo> currentSemester(long schoolId);

    /** The subjects a grade is taught under GDPT 2018, in the usual order. */
    List<SubjectInfo> subjectsOf(int grade);

    /** Names of these schools (unknown ids are left out), for pages that list materials by author and school. */
    Map<Long, String> names(Collection<Long> schoolIds);
}
