package vn.hoclieu.core.school.internal;

import vn.hoclieu.core.school.StructureRefusedException;
import vn.hoclieu.core.school.model.SchoolLevel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Class names as schools write them: the grade, then a letter or more ("3B", "6A1", "9/2"). Spaces
 * are dropped and letters upper-cased, so "3 b" and "3B" are the same class (rosters match so too).
 */
final class ClassNames {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})([\\p{L}/._-][\\p{L}\\p{N}/._-]{0,17})");

    private ClassNames() {
    }

    static String normalized(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Refuses a grade the school does not teach, or a name that does not begin with the grade. */
    static void check(String normalizedName, int grade, SchoolLevel level) {
        if (!level.hasGrade(grade)) {
            throw StructureRefusedException.invalid("grade_not_in_level", "grade");
        }
        var shape = SHAPE.matcher(normalizedName);
        if (!shape.matches() || Integer.parseInt(shape.group(1)) != grade) {
            throw StructureRefusedException.invalid("class_name", "name");
        }
    }
}
