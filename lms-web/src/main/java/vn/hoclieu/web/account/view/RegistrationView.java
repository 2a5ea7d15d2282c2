package vn.hoclieu.web.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.LearnerRegistration;
import vn.hoclieu.core.account.UsernameTakenException;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

/** The public sign-up page for self-learners. Field rules live on {@link LearnerRegistration}. */
@Named
@RequestScoped
public class RegistrationView {

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private String passwordAgain;
    /** Where sign-in goes after registering (e.g. back to an open course's page); the login page checks it is local. */
    private String next;

    public String register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!password.equals(passwordAgain)) {
            faces.addMessage("register:passwordAgain", error("register.passwordMismatch"));
            faces.validationFailed();
            return null;
        }
        try {
            accounts.registerLearner(new LearnerRegistration(username, displayName, email, password,
                    localeSelection.getLanguage()));
        } catch (UsernameTakenException e) {
            faces.addMessage("register:username", error("register.taken"));
            faces.validationFailed();
            return null;
        } catch (ConstraintViolationException e) {
            // the service's own rules (the page checks the same ones first); shown per field
            e.getConstraintViolations().forEach(v -> faces.addMessage("register:" + field(v.getPropertyPath().toString()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
            faces.validationFailed();
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(localeSelection.getLocale(), "register.done"), null));
        return "/login.xhtml?faces-redirect=true" + (next == null || next.isBlank() ? ""
                : "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** "registerLearner.registration.username" → "username". */
    private static String field(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private FacesMessage error(String key) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(localeSelection.getLocale(), key), null);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }

    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
