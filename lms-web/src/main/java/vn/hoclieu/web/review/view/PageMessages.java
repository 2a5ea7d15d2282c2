package vn.hoclieu.web.review.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.util.Map;

/**
 * Faces messages of the review pages in the reader's language. A refusal of the review services
 * reads exactly as the API words it (the same bundle keys: conflict.*, denied.*, invalid.*).
 */
@RequestScoped
public class PageMessages {

    @Inject
    LocaleSelection localeSelection;

    public String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An error beside one input (its client id), or for the whole page when clientId is null. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Bean-validation messages (already localized) by field, shown beside the form's inputs of the same id. */
    public void problems(String form, Map<String, String> problems) {
        problems.forEach((field, message) -> add(form + ":" + field, FacesMessage.SEVERITY_ERROR, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The sentence the API would answer for this refusal of a review service. */
    public void refusal(String clientId, RuntimeException refused) {
        switch (refused) {
            case ChangeRefusedException c -> error(clientId, "conflict." + c.code(), localized(c));
            case NotPermittedException d -> error(clientId, "denied." + d.code());
            case InvalidChangeException i -> error(clientId, "invalid." + i.code());
            default -> error(clientId, "review.gone");
        }
    }

    /** Messages added by a successful action survive the redirect that follows it. */
    public void acrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private Object[] localized(ChangeRefusedException refused) {
        return refused.arguments().stream()
                .map(a -> a instanceof MaterialStatus status ? text("material.status." + status.name()) : a).toArray();
    }
}
