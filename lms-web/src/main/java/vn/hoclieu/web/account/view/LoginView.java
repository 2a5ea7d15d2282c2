package vn.hoclieu.web.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;
import vn.hoclieu.web.security.LoginRefusal;
import vn.hoclieu.web.security.SessionAuthenticationMechanism;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    private String username;
    private String password;
    /** Where to go after signing in; only paths inside this application are followed. */
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.signedIn(security.getCallerPrincipal().getName());
            faces.responseComplete();
            external.redirect(external.getRequestContextPath() + safeNext());
            return;
        }
        // addressed to the form, so only the form's message box shows it (the page's global box stays empty)
        faces.addMessage("login", new FacesMessage(FacesMessage.SEVERITY_ERROR, refusalText(request), null));
        faces.validationFailed();
    }

    private String refusalText(HttpServletRequest request) {
        Object refusal = request.getAttribute(SessionAuthenticationMechanism.REFUSAL);
        if (refusal instanceof LoginRefusal.Throttled throttled) {
            return Messages.text(localeSelection.getLocale(), "login.throttled", throttled.retryAfter().toSeconds());
        }
        return Messages.text(localeSelection.getLocale(), "login.failed");
    }

    private String safeNext() {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml");
        return local ? next : "/app/home.xhtml";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
