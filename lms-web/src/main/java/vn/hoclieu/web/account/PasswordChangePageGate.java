package vn.hoclieu.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoclieu.core.account.Account;

import java.io.IOException;

/**
 * Someone who signs in with a password another person issued (a roster's login card, a reset)
 * chooses their own before any other page: whoever saw the card must not keep access. Every page
 * under {@code /app/} sends them to {@value #PAGE} until then; the API has its twin,
 * {@code web.api.PasswordChangeApiGate}.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
public class PasswordChangePageGate extends HttpFilter {

    public static final String PAGE = "/app/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean elsewhere = !PAGE.equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        if (elsewhere && request.getUserPrincipal() != null
                && currentUser.account().map(Account::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
