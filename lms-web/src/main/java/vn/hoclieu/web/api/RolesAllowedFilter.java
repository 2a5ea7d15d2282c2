package vn.hoclieu.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resources: 401 for an anonymous caller, 403 for a signed-in
 * one without the role, both as JSON in the caller's language. Methods without the annotation
 * (nor on their class) are public.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = required();
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, "unauthorized",
                    RequestLanguage.text(headers, "api.unauthorized")));
            return;
        }
        boolean permitted = Arrays.stream(allowed.value()).anyMatch(r -> "**".equals(r) || security.isUserInRole(r));
        if (!permitted) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "forbidden",
                    RequestLanguage.text(headers, "api.forbidden")));
        }
    }

    private RolesAllowed required() {
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed onMethod = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
}
