package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A gradebook lists pupils as Vietnamese class lists do: by given name, in Vietnamese alphabetical order. */
class ClassListTest {

    @Test
    void pupilsAreOrderedByGivenNameThenByFullName() {
        Map<Long, String> names = Map.of(1L, "Ka Dung", 2L, "Lê Minh An", 3L, "Trần Văn An", 4L, "Đỗ Thị Đào", 5L, "Phạm Ngọc Chi");

        assertThat(ClassList.ordered(names)).containsExactly(2L, 3L, 5L, 1L, 4L);
    }
}
