package vn.hoclieu.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.web.account.CurrentUser;

/**
 * The API's side of {@code PasswordChangePageGate}: while the signed-in person still has a
 * password someone else issued, everything but {@code /auth/…} (me, password, logout) answers
 * 403 {@code password_change_required}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class PasswordChangeApiGate implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null || request.getUriInfo().getPath().startsWith("auth/")
                || request.getUriInfo().getPath().startsWith("/auth/")) {
            return;
        }
        if (currentUser.account().map(Account::mustChangePassword).orElse(false)) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "password_change_required",
                    RequestLanguage.text(headers, "password.change.required")));
        }
    }
}
