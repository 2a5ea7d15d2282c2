package vn.hoclieu.core.roster.internal;

import java.util.Map;
import java.util.Set;

/**
 * What checking a roster needs to know about the school: its current year's classes (by folded
 * name), the ministry codes already held by pupils, and the pupils already in each class
 * ({@link #pupilKey}).
 */
public record SchoolContext(String schoolYear, Map<String, ClassRef> classes, Set<String> existingCodes, Set<String> existingPupils) {

    public record ClassRef(long id, String name) {
    }

    static String classKey(String className) {
        return VietnameseText.fold(className).replace(" ", "");
    }

    /** The same pupil: folded name, birth date and class. */
    static String pupilKey(String name, java.time.LocalDate birthDate, long classId) {
        return VietnameseText.fold(name) + "|" + birthDate + "|" + classId;
    }
}
