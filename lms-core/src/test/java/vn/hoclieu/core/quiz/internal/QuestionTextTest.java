package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives of a question's HTML: formatting, repository media, formulas and gaps — never anything that runs. */
class QuestionTextTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreDropped() {
        String cleaned = QuestionText.sanitize("<p onclick=\"steal()\">Tính <b>2 + 3</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">xem</a><img src=\"/files/7/ORIGINAL\" onerror=\"alert(1)\">");
        assertThat(cleaned).doesNotContain("script", "onclick", "onerror", "javascript");
        assertThat(cleaned).contains("<p>Tính <b>2 + 3</b></p>", "<img src=\"/files/7/ORIGINAL\">");
    }

    @Test
    void imagesAudioAndVideoOfTheRepositoryAreKeptWithTheirControls() {
        String cleaned = QuestionText.sanitize("<p><img src=\"/files/7/ORIGINAL\" alt=\"Con mèo\"></p><audio src=\"/files/8/ORIGINAL\"></audio>"
                + "<video controls src=\"/files/9/VIDEO_240P\" autoplay></video>");
        assertThat(cleaned).isEqualTo("<p><img src=\"/files/7/ORIGINAL\" alt=\"Con mèo\"></p><audio src=\"/files/8/ORIGINAL\" controls></audio>"
                + "<video controls src=\"/files/9/VIDEO_240P\"></video>");
    }

    @Test
    void mediaFromAnyOtherSourceIsDropped() {
        String cleaned = QuestionText.sanitize("<p>Xem:</p><img src=\"https://evil.example/files/7/ORIGINAL\"><img src=\"//evil.example/files/7/ORIGINAL\">"
                + "<img src=\"images/cat.png\"><img src=\"data:image/png;base64,AAAA\"><video src=\"javascript:alert(1)\"></video>"
                + "<audio src=\"/files/8/THUMBNAIL\"></audio><img src=\"/files/7/ORIGINAL?x=1\">");
        assertThat(cleaned).isEqualTo("<p>Xem:</p>");
    }

    @Test
    void onlyOurMaterialFileUrlsNameARepositoryFile() {
        assertThat(QuestionText.materialFile("/files/12/VIDEO_360P")).contains(new QuestionText.MaterialFile(12, "VIDEO_360P"));
        assertThat(QuestionText.materialFile("/files/12/CAPTIONS_VTT")).isEmpty();
        assertThat(QuestionText.materialFile("https://hoclieu.example/files/12/ORIGINAL")).isEmpty();
    }

    @Test
    void texStaysTextForThePagesToTypeset() {
        assertThat(QuestionText.sanitize("<p>Tính \\(\\frac{1}{2} + x^2\\) và $$a < b$$</p>"))
                .isEqualTo("<p>Tính \\(\\frac{1}{2} + x^2\\) và $$a &lt; b$$</p>");
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
