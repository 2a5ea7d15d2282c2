package vn.hoclieu.web.quiz.view;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Points are shown back the way the reader writes them. */
class PointsConverterTest {

    @Test
    void vietnameseReadersSeeADecimalComma() {
        assertThat(PointsConverter.shown(new BigDecimal("1.50"), Locale.of("vi"))).isEqualTo("1,5");
    }

    @Test
    void englishReadersSeeADecimalPointAndNoGrouping() {
        assertThat(PointsConverter.shown(new BigDecimal("1250.25"), Locale.ENGLISH)).isEqualTo("1250.25");
    }
}
