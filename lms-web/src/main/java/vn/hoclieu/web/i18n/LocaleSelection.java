package vn.hoclieu.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language of this browser session: Vietnamese until the reader switches. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private Locale locale = Messages.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and reloads the page in it. */
    public String use(String language) {
        locale = Messages.supported(Locale.of(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
