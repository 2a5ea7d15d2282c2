package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives of a question's HTML: formatting, images, formulas and gaps — never anything that runs. */
class QuestionTextTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreDropped() {
        String cleaned = QuestionText.sanitize("<p onclick=\"steal()\">Tính <b>2 + 3</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">xem</a><img src=\"x.png\" onerror=\"alert(1)\">");
        assertThat(cleaned).doesNotContain("script", "onclick", "onerror", "javascript");
        assertThat(cleaned).contains("<p>Tính <b>2 + 3</b></p>", "<img src=\"x.png\">");
    }

    @Test
    void formulasInMathMlAreKept() {
        String math = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><msup><mi>x</mi><mn>2</mn></msup></math>";
        assertThat(QuestionText.sanitize(math)).contains("<math", "display=\"block\"", "<msup><mi>x</mi><mn>2</mn></msup>");
    }

    @Test
    void gapsPassThroughAsText() {
        assertThat(QuestionText.sanitize("<p>Thủ đô là [[gap:0]].</p>")).isEqualTo("<p>Thủ đô là [[gap:0]].</p>");
    }

    @Test
    void blankStaysEmpty() {
        assertThat(QuestionText.sanitize("  ")).isEmpty();
    }
}
