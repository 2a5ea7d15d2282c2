package vn.hoclieu.core.course.internal;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewTextTest {

    @Test
    void markupIsDroppedAndItsTextKept() {
        assertThat(ReviewText.plain("<b>Dễ hiểu</b> <a href=\"x\">lắm</a>")).isEqualTo("Dễ hiểu lắm");
    }

    @Test
    void aLessThanSignIsTextNotMarkup() {
        assertThat(ReviewText.plain("2 < 3 & 5 > 4")).isEqualTo("2 < 3 & 5 > 4");
    }

    @Test
    void lineBreaksStayButNotMoreThanOneEmptyLine() {
        assertThat(ReviewText.plain("Hay\r\n\r\n\r\n\r\nBổ ích  \nNên học")).isEqualTo("Hay\n\nBổ ích\nNên học");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(ReviewText.plain("Hay\u0000quá\u0007")).isEqualTo("Hay quá");
    }

    @Test
    void accentsTypedAsCombiningMarksAreStoredComposed() {
        String decomposed = Normalizer.normalize("Tuyệt vời", Normalizer.Form.NFD);
        assertThat(ReviewText.plain(decomposed)).isEqualTo("Tuyệt vời");
    }

    @Test
    void blankOrOnlyMarkupIsNoText() {
        assertThat(ReviewText.plain("   ")).isNull();
        assertThat(ReviewText.plain("<p> </p>")).isNull();
        assertThat(ReviewText.plain(null)).isNull();
    }
}
