package vn.hoclieu.core.course.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerNameTest {

    @Test
    void aVietnameseNameIsSignedWithTheGivenNameAndTheFamilyInitial() {
        assertThat(ReviewerName.of("Nguyễn Thị Lan")).isEqualTo("Lan N.");
    }

    @Test
    void anInitialWithADiacriticStaysWhole() {
        assertThat(ReviewerName.of("Đỗ Văn Ánh")).isEqualTo("Ánh Đ.");
    }

    @Test
    void aSingleNameIsShownAsItIs() {
        assertThat(ReviewerName.of("  Tâm ")).isEqualTo("Tâm");
    }

    @Test
    void noNameSignsNothing() {
        assertThat(ReviewerName.of(null)).isEmpty();
        assertThat(ReviewerName.of(" ")).isEmpty();
    }
}
