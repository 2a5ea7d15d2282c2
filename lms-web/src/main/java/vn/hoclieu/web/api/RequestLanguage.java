package vn.hoclieu.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import vn.hoclieu.web.i18n.Messages;

import java.util.Locale;

/** The language an API caller asked for with Accept-Language; Vietnamese when none fits. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Messages.VIETNAMESE : Messages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }

    public static String text(HttpHeaders headers, String key, Object... arguments) {
        return Messages.text(of(headers), key, arguments);
    }
}
