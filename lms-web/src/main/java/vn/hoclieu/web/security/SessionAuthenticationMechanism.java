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
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoclieu.web.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
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
        if (context.isProtected() && isApi(request)) {
            return refuseApiCall(request, response);
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

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** API clients get a 401 they can read, in JSON and in their language, never a login page. */
    private static AuthenticationStatus refuseApiCall(HttpServletRequest request, HttpServletResponse response) {
        Locale language = Messages.fromAcceptLanguage(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", "unauthorized")
                    .add("message", Messages.text(language, "api.unauthorized"))
                    .add("fields", JsonValue.EMPTY_JSON_OBJECT).build().toString());
            response.flushBuffer(); // committed, as a redirect would be: the container leaves it alone
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SEND_CONTINUE with a committed response, like a redirect; SEND_FAILURE would turn it into a 500 page
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
