package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuessTest {

    @Test
    void opennlpsThreeLetterCodesBecomeTwoLetterOnes() {
        assertThat(LanguageGuess.toIso1("vie")).isEqualTo("vi");
        assertThat(LanguageGuess.toIso1("eng")).isEqualTo("en");
        assertThat(LanguageGuess.toIso1("cmn")).isEqualTo("zh");
        assertThat(LanguageGuess.toIso1("jpn")).isEqualTo("ja");
    }

    @Test
    void aLanguageWithoutATwoLetterCodeKeepsItsThreeLetterOne() {
        assertThat(LanguageGuess.toIso1("haw")).isEqualTo("haw");
    }

    @Test
    void theTextDecidesOverWhatTheDocumentDeclares() {
        String vietnamese = "Học sinh lớp 8 đọc kỹ đoạn trích về chiến thắng Bạch Đằng và trả lời các câu hỏi ở cuối bài học.";

        assertThat(LanguageGuess.of(vietnamese, "en-US")).contains("vi");
    }

    @Test
    void tooLittleTextFallsBackToTheDeclaredLanguage() {
        assertThat(LanguageGuess.of("OK 42", "pt-BR")).contains("pt");
    }

    @Test
    void nothingToGoOnIsNoLanguage() {
        assertThat(LanguageGuess.of("", null)).isEmpty();
        assertThat(LanguageGuess.of("", "x-unknown-tag")).isEmpty();
    }
}
