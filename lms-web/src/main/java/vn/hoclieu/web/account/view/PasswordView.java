package vn.hoclieu.web.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.PasswordChangeRefusedException;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

/** The signed-in person chooses a new password; the rules live in {@link AccountService#changePassword}. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection localeSelection;

    private String current;
    private String chosen;
    private String again;

    /** Whether this person must choose a password before anything else (a first password from a card or a reset). */
    public boolean isRequired() {
        return currentUser.account().map(Account::mustChangePassword).orElse(false);
    }

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!chosen.equals(again)) {
            return refuse(faces, "password:again", "register.passwordMismatch");
        }
        try {
            accounts.changePassword(currentUser.required().id(), current, chosen);
        } catch (PasswordChangeRefusedException e) {
            String field = "wrong_current_password".equals(e.code()) ? "password:current" : "password:chosen";
            return refuse(faces, field, "password." + e.code());
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("password.changed"), null));
        return "/app/home.xhtml?faces-redirect=true";
    }

    private String refuse(FacesContext faces, String field, String key) {
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
        faces.validationFailed();
        return null;
    }

    private String text(String key) {
        return Messages.text(localeSelection.getLocale(), key);
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getAgain() { return again; }
    public void setAgain(String again) { this.again = again; }
}
