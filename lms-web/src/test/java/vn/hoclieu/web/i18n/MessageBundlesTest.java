package vn.hoclieu.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese is the default and English is complete: same keys, same placeholders, no blanks. */
class MessageBundlesTest {

    private static final String WEB = "/vn/hoclieu/web/i18n/messages";

    @Test
    void englishHasExactlyTheVietnameseKeys() throws IOException {
        assertThat(load(WEB + "_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(WEB + ".properties").stringPropertyNames());
    }

    @Test
    void validationMessagesHaveExactlyTheSameKeysInBothLanguages() throws IOException {
        assertThat(load("/ValidationMessages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/ValidationMessages.properties").stringPropertyNames());
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String bundle : new String[] {WEB + ".properties", WEB + "_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Properties vi = load(WEB + ".properties");
        Properties en = load(WEB + "_en.properties");
        for (String key : vi.stringPropertyNames()) {
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(vi.getProperty(key)));
        }
    }

    @Test
    void vietnameseIsChosenUnlessEnglishIsAskedFor() {
        assertThat(Messages.text(Locale.of("vi"), "nav.login")).isEqualTo("Đăng nhập");
        assertThat(Messages.text(Locale.FRENCH, "nav.login")).isEqualTo("Đăng nhập");
        assertThat(Messages.text(Locale.ENGLISH, "nav.login")).isEqualTo("Sign in");
    }

    @Test
    void vietnameseDoesNotFallBackToTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.text(Messages.VIETNAMESE, "nav.logout")).isEqualTo("Đăng xuất");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void acceptLanguagePicksTheFirstSupportedLanguage() {
        assertThat(Messages.fromAcceptLanguage(java.util.List.of(Locale.FRENCH, Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.fromAcceptLanguage(java.util.List.of(Locale.GERMAN))).isEqualTo(Messages.VIETNAMESE);
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
