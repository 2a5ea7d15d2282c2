package vn.hoclieu.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.NotPermittedException;

import java.util.List;
import java.util.Map;

/**
 * Faces messages in the reader's language. A service's refusal (a code, as the API answers it)
 * becomes the same sentence the API would give, so a page never shows a stack trace for a move
 * the material's state does not allow. Messages survive the redirect after a post.
 */
@RequestScoped
public class PageMessages {

    @Inject
    LocaleSelection localeSelection;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An error beside one input (its client id), or for the whole page when clientId is null. */
    public void errorAt(String clientId, String key, Object... arguments) {
        addAt(clientId, FacesMessage.SEVERITY_ERROR, text(key, Messages.withStatesNamed(localeSelection.getLocale(), List.of(arguments))));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Bean-validation messages (already localized) by field, shown beside the form's inputs of the same id. */
    public void problems(String form, Map<String, String> problems) {
        problems.forEach((field, message) -> addAt(form + ":" + field, FacesMessage.SEVERITY_ERROR, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The sentence the API would answer for this refusal of a service, beside an input or for the page. */
    public void refusal(String clientId, RuntimeException refused) {
        switch (refused) {
            case ChangeRefusedException c -> errorAt(clientId, "conflict." + c.code(), c.arguments().toArray());
            case NotPermittedException d -> errorAt(clientId, "denied." + d.code());
            case InvalidChangeException i -> errorAt(clientId, "invalid." + i.code());
            default -> errorAt(clientId, "review.gone");
        }
    }

    /** Messages added by a successful action survive the redirect that follows it. */
    public void acrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** States among the arguments read as the user's words for them ("Đang thẩm định"), as in the API's answers. */
    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, Messages.withStatesNamed(localeSelection.getLocale(), List.of(arguments))));
    }

    /** Runs a change; if the service refuses it, says why and answers false. */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ChangeRefusedException refused) {
            error("conflict." + refused.code(), refused.arguments().toArray());
        } catch (NotPermittedException denied) {
            error("denied." + denied.code());
        } catch (InvalidChangeException invalid) {
            error("invalid." + invalid.code());
        } catch (MaterialNotFoundException gone) {
            error("api.notFound");
        } catch (ConstraintViolationException invalid) {
            // the pages check their fields first; this is the service's own net, in its words
            invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).distinct()
                    .forEach(m -> add(FacesMessage.SEVERITY_ERROR, m));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private void addAt(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }
}
