package vn.hoclieu.core.roster.internal;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UsernameGeneratorTest {

    @Test
    void theGivenNameIsFoldedToAscii() {
        UsernameGenerator usernames = new UsernameGenerator(u -> false);

        assertThat(usernames.next("Nguyễn Thị Ánh")).isEqualTo("hs.anh");
        assertThat(usernames.next("Đặng Văn Đức")).isEqualTo("hs.duc");
        assertThat(usernames.next("H'Hen Niê")).isEqualTo("hs.nie");
        assertThat(usernames.next("Ka Ṁ̀")).isEqualTo("hs.m");
    }

    @Test
    void takenUsernamesAndEarlierRowsGetTheNextNumber() {
        UsernameGenerator usernames = new UsernameGenerator(Set.of("hs.an", "hs.an3")::contains);

        assertThat(usernames.next("Nguyễn Văn An")).isEqualTo("hs.an2");
        assertThat(usernames.next("Lê An")).isEqualTo("hs.an4");
    }

    @Test
    void usernamesFitTheRulesOfSelfChosenOnes() {
        UsernameGenerator usernames = new UsernameGenerator(u -> false);

        assertThat(usernames.next("Trần Văn Nguyễnthànhđạtđạtđạtđạtđạtđạtđạt")).matches("[a-z0-9][a-z0-9._-]{2,31}");
        assertThat(usernames.next("…")).isEqualTo("hs.hocsinh");
    }

    @Test
    void firstPasswordsAvoidLettersPeopleMisread() {
        for (int i = 0; i < 200; i++) {
            assertThat(FirstPasswords.next()).hasSize(8).doesNotContainAnyWhitespaces().matches("[a-hk-np-z2-9]{8}");
        }
    }

    @Test
    void teachersTheSchoolAddsGetTheTeacherPrefix() {
        UsernameGenerator usernames = new UsernameGenerator(UsernameGenerator.TEACHER_PREFIX, Set.of("gv.lan")::contains);

        assertThat(usernames.next("Nguyễn Thị Lan")).isEqualTo("gv.lan2");
        assertThat(usernames.next("Trần Văn Hùng")).isEqualTo("gv.hung");
    }
}
