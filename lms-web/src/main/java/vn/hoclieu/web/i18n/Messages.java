package vn.hoclieu.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts, for code that is not a page (API answers, Faces messages from views). */
public final class Messages {

    public static final String BUNDLE = "vn.hoclieu.web.i18n.messages";
    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** English if asked for; Vietnamese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The best supported language of an Accept-Language list (Vietnamese when none matches). */
    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("vi".equals(l.getLanguage())) {
                return VIETNAMESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }

    /** Arguments of a refusal with material states in the reader's words ("Đang thẩm định"), not enum names. */
    public static Object[] withStatesNamed(Locale locale, java.util.List<Object> arguments) {
        return arguments.stream()
                .map(a -> a instanceof vn.hoclieu.content.material.MaterialStatus status ? text(locale, "material.status." + status.name()) : a)
                .toArray();
    }
}
