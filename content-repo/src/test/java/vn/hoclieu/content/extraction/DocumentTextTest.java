package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextTest {

    @Test
    void decomposedVietnameseIsComposedToNfc() {
        String decomposed = Normalizer.normalize("Tiếng Việt có dấu", Normalizer.Form.NFD);

        assertThat(DocumentText.tidy(decomposed)).isEqualTo("Tiếng Việt có dấu").hasSize(17);
    }

    @Test
    void linesAreStrippedAndBlankRunsBecomeOneBlankLine() {
        String raw = "\n\n   Chương 1\u00a0\r\n\t\n \n\n  Bài 1\tBài 2  \n\n\n";

        assertThat(DocumentText.tidy(raw)).isEqualTo("Chương 1\n\nBài 1\tBài 2");
    }

    @Test
    void controlCharactersOtherThanTabAndNewlineAreDropped() {
        assertThat(DocumentText.tidy("a\u0000b\u000bc\fd")).isEqualTo("abcd");
    }

    @Test
    void vietnameseSyllablesAndNumbersCountAsWordsPunctuationDoesNot() {
        assertThat(DocumentText.countWords("Hà Nội là thủ đô của Việt Nam — 1010 .")).isEqualTo(9);
    }

    @Test
    void chineseAndJapaneseCharactersCountOneEach() {
        assertThat(DocumentText.countWords("草枕 by 夏目漱石")).isEqualTo(7);
    }
}
