package vn.hoclieu.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, versioned in its path. Its OpenAPI document is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "HocLieu API", version = "1",
        description = "Sign in with POST /api/v1/auth/login (JSON); the session cookie then authenticates further calls. "
                + "Errors are JSON {error, message, fields} with the message in the language of Accept-Language (vi by default)."))
public class ApiApplication extends Application {
}
