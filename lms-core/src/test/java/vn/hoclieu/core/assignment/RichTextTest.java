package vn.hoclieu.core.assignment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void formattingListsAndHeadingsStay() {
        String html = "<h3>Đề bài</h3><p>Làm <strong>bài 1</strong>, <em>bài 2</em> và <u>bài 3</u>.</p><ol><li>Một</li><li>Hai</li></ol>";
        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void scriptsStylesAndEventHandlersAreRemoved() {
        String clean = RichText.sanitize("<p onclick=\"x()\">Chào</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>");
        assertThat(clean).isEqualTo("<p>Chào</p>");
    }

    @Test
    void onlyHttpLinksStayAndTheyGetNofollow() {
        assertThat(RichText.sanitize("<a href=\"https://hoclieu.vn/x\">bài</a>"))
                .isEqualTo("<a href=\"https://hoclieu.vn/x\" rel=\"nofollow\">bài</a>");
        assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">bài</a>")).doesNotContain("javascript").contains("bài");
        assertThat(RichText.sanitize("<a href=\"mailto:a@b.vn\">thư</a>")).doesNotContain("mailto");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.sanitize("   ")).isEmpty();
    }

    @Test
    void plainTextPutsBlocksAndBreaksOnTheirOwnLines() {
        assertThat(RichText.plain("<p>Dòng một</p><p>Dòng <b>hai</b><br>ba</p><ul><li>bốn</li></ul>"))
                .isEqualTo("Dòng một\nDòng hai\nba\nbốn\n");
    }

    @Test
    void typedTextBecomesEscapedParagraphsAndBackAgain() {
        String html = RichText.fromPlain("Mẹ em <3 hoa\nCâu hai");
        assertThat(html).isEqualTo("<p>Mẹ em &lt;3 hoa</p><p>Câu hai</p>");
        assertThat(RichText.plain(html)).isEqualTo("Mẹ em <3 hoa\nCâu hai\n");
    }
}
