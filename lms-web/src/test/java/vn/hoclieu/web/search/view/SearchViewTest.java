package vn.hoclieu.web.search.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are rendered unescaped, so nothing but {@code <mark>} may survive; links keep their parameters. */
class SearchViewTest {

    @Test
    void anEscapedSnippetWithMarksIsKept() {
        String snippet = "Đo &lt;b&gt; <mark>độ</mark> dài &amp; mét";
        assertThat(SearchView.safeSnippet(snippet)).isEqualTo(snippet);
    }

    @Test
    void anyOtherMarkupIsEscaped() {
        assertThat(SearchView.safeSnippet("<mark>a</mark><script>alert(1)</script><img src=x onerror=\"y\">"))
                .isEqualTo("<mark>a</mark>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;y&quot;&gt;");
        assertThat(SearchView.safeSnippet("<mark onclick=x>a</mark>")).doesNotContain("<mark onclick");
    }

    @Test
    void anUnclosedMarkIsClosed() {
        assertThat(SearchView.safeSnippet("<mark>a")).isEqualTo("<mark>a</mark>");
        assertThat(SearchView.safeSnippet(null)).isEmpty();
    }

    @Test
    void linksCarryOnlyTheGivenParametersEncoded() {
        assertThat(SearchView.query("tam giác", "TOAN", null, null, null, 1)).isEqualTo("q=tam+gi%C3%A1c&subject=TOAN");
        assertThat(SearchView.query(null, null, "3", "E_LECTURE", "newest", 2)).isEqualTo("grade=3&type=E_LECTURE&sort=newest&page=2");
    }

    @Test
    void licenceLanguageAndSchoolLinksCombineWithTheOtherFilters() {
        assertThat(SearchView.query("phân số", "TOAN", "4", null, "CC_BY", "kpm", "7", null, 1))
                .isEqualTo("q=ph%C3%A2n+s%E1%BB%91&subject=TOAN&grade=4&licence=CC_BY&language=kpm&school=7");
        assertThat(SearchView.query(null, null, null, null, null, "vi", null, "newest", 3)).isEqualTo("language=vi&sort=newest&page=3");
    }
}
