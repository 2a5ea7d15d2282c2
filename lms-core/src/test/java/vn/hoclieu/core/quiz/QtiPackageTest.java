package vn.hoclieu.core.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QtiPackageTest {

    @Test
    void theFileNameIsTheTitleFoldedToAscii() {
        assertThat(QtiPackage.fileName("Phân số — Đề ôn lớp 4")).isEqualTo("phan-so-de-on-lop-4.qti.zip");
    }

    @Test
    void aTitleWithoutLettersOrDigitsStillNamesTheFile() {
        assertThat(QtiPackage.fileName("—?!")).isEqualTo("hoclieu.qti.zip");
    }
}
