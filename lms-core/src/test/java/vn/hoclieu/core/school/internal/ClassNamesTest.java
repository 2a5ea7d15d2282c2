package vn.hoclieu.core.school.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.school.StructureRefusedException;
import vn.hoclieu.core.school.model.SchoolLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassNamesTest {

    private static void refusedWith(String name, int grade, SchoolLevel level, String code) {
        assertThatThrownBy(() -> ClassNames.check(name, grade, level)).isInstanceOfSatisfying(StructureRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void spacesGoAndLettersAreUpperCased() {
        assertThat(ClassNames.normalized(" 3 b ")).isEqualTo("3B");
        assertThat(ClassNames.normalized("6a1")).isEqualTo("6A1");
    }

    @Test
    void namesBeginWithTheGrade() {
        assertThatCode(() -> ClassNames.check("3B", 3, SchoolLevel.PRIMARY)).doesNotThrowAnyException();
        assertThatCode(() -> ClassNames.check("6A1", 6, SchoolLevel.LOWER_SECONDARY)).doesNotThrowAnyException();
        assertThatCode(() -> ClassNames.check("9/2", 9, SchoolLevel.INTER_LEVEL)).doesNotThrowAnyException();
        refusedWith("4B", 3, SchoolLevel.PRIMARY, "class_name");
        refusedWith("B3", 3, SchoolLevel.PRIMARY, "class_name");
        refusedWith("3", 3, SchoolLevel.PRIMARY, "class_name");
        refusedWith("33A", 3, SchoolLevel.PRIMARY, "class_name");
    }

    @Test
    void aPrimarySchoolHasGradesOneToFive() {
        assertThat(SchoolLevel.PRIMARY.hasGrade(1)).isTrue();
        assertThat(SchoolLevel.PRIMARY.hasGrade(5)).isTrue();
        refusedWith("6A", 6, SchoolLevel.PRIMARY, "grade_not_in_level");
    }

    @Test
    void aLowerSecondarySchoolHasGradesSixToNine() {
        assertThat(SchoolLevel.LOWER_SECONDARY.hasGrade(6)).isTrue();
        assertThat(SchoolLevel.LOWER_SECONDARY.hasGrade(9)).isTrue();
        refusedWith("5A", 5, SchoolLevel.LOWER_SECONDARY, "grade_not_in_level");
        refusedWith("10A", 10, SchoolLevel.LOWER_SECONDARY, "grade_not_in_level");
    }

    @Test
    void anInterLevelSchoolHasGradesOneToNine() {
        assertThat(SchoolLevel.INTER_LEVEL.hasGrade(1)).isTrue();
        assertThat(SchoolLevel.INTER_LEVEL.hasGrade(9)).isTrue();
        assertThat(SchoolLevel.INTER_LEVEL.hasGrade(0)).isFalse();
        refusedWith("10A", 10, SchoolLevel.INTER_LEVEL, "grade_not_in_level");
    }
}
