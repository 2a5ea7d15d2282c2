package vn.hoclieu.core.school;

import java.util.List;

/**
 * A class as its school's admin sets it up: the homeroom teacher and, for every subject of its
 * grade, who teaches it ({@code teacherId} null while nobody does).
 */
public record ClassSetup(long id, long schoolYearId, String name, int grade, Long homeroomTeacherId, String homeroomTeacher,
                         int pupils, List<SubjectTeaching> subjects) {

    public record SubjectTeaching(SubjectInfo subject, Long teacherId, String teacher) {
    }
}
