package vn.hoclieu.core.school;

import vn.hoclieu.core.account.Account;

import java.util.List;

/**
 * Setting a school up before its rosters: school years and semesters, classes and their homeroom
 * teachers, who teaches which subject in a class, and the school's teachers' accounts. The
 * transaction boundary. Every call is for a SCHOOL_ADMIN of the school or a DISTRICT_ADMIN
 * (anyone else: {@link StructureRefusedException} FORBIDDEN); refusals are that exception.
 */
public interface SchoolStructureService {

    /** A new school of the district: district admins only. */
    SchoolInfo createSchool(Account actor, SchoolInput input);

    SchoolInfo school(Account actor, long schoolId);

    /** The school's years, the latest first. */
    List<SchoolYearInfo> years(Account actor, long schoolId);

    /** A new year with its two semesters; the school's first year becomes current, later ones do not. */
    SchoolYearInfo createYear(Account actor, long schoolId, SchoolYearInput input);

    /** Makes this the school's one current year (rosters, class lists and teachers' homes use it). */
    SchoolYearInfo makeCurrent(Account actor, long schoolId, long yearId);

    /** The classes of a year of the school (the current one when {@code yearId} is null), by grade and name. */
    List<ClassSetup> classes(Account actor, long schoolId, Long yearId);

    ClassSetup createClass(Account actor, long schoolId, ClassInput input);

    ClassSetup renameClass(Account actor, long schoolId, long classId, String name);

    /** Deletes a class nobody uses yet: no pupils, announcements, sessions or materials (else CONFLICT). */
    void deleteClass(Account actor, long schoolId, long classId);

    /** The homeroom teacher, a TEACHER of the school; null for none. */
    ClassSetup appointHomeroomTeacher(Account actor, long schoolId, long classId, Long teacherId);

    /** Who teaches a subject of the class's grade (GDPT 2018) there; replaces whoever did. */
    ClassSetup assignSubjectTeacher(Account actor, long schoolId, long classId, String subjectCode, long teacherId);

    ClassSetup unassignSubjectTeacher(Account actor, long schoolId, long classId, String subjectCode);

    /** The school's teachers, by name. */
    List<StaffMember> teachers(Account actor, long schoolId);

    /** A teacher's account with a first password that must be replaced at first sign-in. */
    NewTeacher addTeacher(Account actor, long schoolId, TeacherInput input);
}
