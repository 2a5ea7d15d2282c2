package vn.hoclieu.web.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.security.LoginRefusal;
import vn.hoclieu.web.security.SessionAuthenticationMechanism;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Sign-in for API clients. JSON only: a cross-site HTML form cannot send application/json, which,
 * with the SameSite session cookie, keeps these endpoints safe from request forgery.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    RequestValidator validator;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest body) {
        LoginRequest login = validator.valid(body, headers);
        AuthenticationStatus status = security.authenticate(request, response, withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(login.username(), new Password(login.password()))));
        if (status == AuthenticationStatus.SUCCESS) {
            String username = security.getCallerPrincipal().getName();
            accounts.signedIn(username);
            return Response.ok(AccountJson.of(accounts.findByUsername(username).orElseThrow())).build();
        }
        if (request.getAttribute(SessionAuthenticationMechanism.REFUSAL) instanceof LoginRefusal.Throttled t) {
            long seconds = Math.max(1, t.retryAfter().toSeconds());
            return Response.fromResponse(ApiError.response(Response.Status.TOO_MANY_REQUESTS, "throttled",
                    RequestLanguage.text(headers, "login.throttled", seconds))).header("Retry-After", seconds).build();
        }
        return ApiError.response(Response.Status.UNAUTHORIZED, "bad_credentials", RequestLanguage.text(headers, "login.failed"));
    }

    @POST
    @Path("/logout")
    public Response logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** The signed-in person replaces their password (required first when it was issued by someone else). */
    @POST
    @Path("/password")
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        PasswordChange change = validator.valid(body, headers);
        accounts.changePassword(currentUser.required().id(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @RolesAllowed("**")
    public AccountJson me() {
        return AccountJson.of(currentUser.required());
    }
}
