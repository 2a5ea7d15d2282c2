package vn.hoclieu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One mechanism for pages and the API. Sign-in is programmatic (the login page and
 * {@code POST /api/v1/auth/login} call {@code SecurityContext.authenticate}); the session then
 * carries the caller. A page that needs sign-in redirects to the login page; the API answers 401
 * in JSON (role checks on the API are done by {@code RolesAllowedFilter}).
 */
@AutoApplySession
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the caller of authenticate() why a sign-in was refused. */
    public static final String REFUSAL = "hoclieu.login.refusal";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn(login, request, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential login, HttpServletRequest request,
                                        HttpMessageContext context) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(login.getCaller(), address);
        if (wait.isPresent()) {
            request.setAttribute(REFUSAL, new LoginRefusal.Throttled(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            request.setAttribute(REFUSAL, new LoginRefusal.BadCredentials());
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login.getCaller());
        // a new session id at sign-in defeats session fixation
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
