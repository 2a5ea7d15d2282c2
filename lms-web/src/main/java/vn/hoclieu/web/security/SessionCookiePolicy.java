package vn.hoclieu.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly always, and Secure when the site is served over TLS
 * ({@code hoclieu.cookies.secure=true}, set by a district deployment behind its proxy).
 * SameSite=Lax is set on Payara's HTTP listener (postboot commands of the launcher and of
 * docker/): Payara ignores the servlet cookie attribute.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("hoclieu.cookies.secure", Boolean.class).orElse(false);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
    }
}
