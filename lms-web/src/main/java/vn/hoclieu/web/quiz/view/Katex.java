package vn.hoclieu.web.quiz.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where our WAR serves KaTeX (the webjar's {@code META-INF/resources}): pages that show questions
 * hand it to math.js as {@code data-katex="#{request.contextPath}#{katex.path}"}. The version is
 * read from the webjar itself, so upgrading it is a change of the pom only.
 */
@Named
@ApplicationScoped
public class Katex {

    private static final String POM = "/META-INF/maven/org.webjars.npm/katex/pom.properties";

    private final String path = "/webjars/katex/" + version() + "/dist/";

    public String getPath() {
        return path;
    }

    private static String version() {
        try (InputStream in = Katex.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("The KaTeX webjar is missing from the WAR (" + POM + ")");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
