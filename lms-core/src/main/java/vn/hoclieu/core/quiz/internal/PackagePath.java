package vn.hoclieu.core.quiz.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths inside a content package: references are relative to the file that makes them. */
final class PackagePath {

    private PackagePath() {
    }

    /**
     * The path inside the package that {@code href}, written in {@code file}, points to; a URL
     * (http:, data:…) or a path from the server's root ({@code /…}: how HocLieu's own exports refer to
     * files of the repository) is returned as written, and one that climbs out of the package starts with "../".
     */
    static String resolve(String file, String href) {
        String target = href.strip();
        if (outside(target)) {
            return target;
        }
        try {
            String path = URI.create("/" + encode(file)).resolve(URI.create(encode(target))).getPath();
            return path.substring(1); // "/../x" (climbing out) stays "../x"
        } catch (IllegalArgumentException e) {
            return "../" + target;
        }
    }

    /** A reference to something outside the package (a URL or a path from a server's root): never "missing". */
    static boolean outside(String href) {
        return isUrl(href) || href.startsWith("/");
    }

    static boolean isUrl(String href) {
        return href.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    private static String encode(String path) {
        StringBuilder s = new StringBuilder();
        for (String part : path.replace('\\', '/').split("/", -1)) {
            if (!s.isEmpty()) {
                s.append('/');
            }
            s.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return s.toString();
    }
}
