package vn.hoclieu.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where the search cluster is: one or more HTTP(S) URLs of Elasticsearch nodes and optional basic
 * authentication ({@code hoclieu.es.url}, {@code hoclieu.es.user}, {@code hoclieu.es.password}).
 */
public record SearchEndpoint(List<URI> urls, Optional<String> user, Optional<String> password) {

    public SearchEndpoint {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        user = user.filter(u -> !u.isBlank());
        password = password.filter(p -> !p.isEmpty());
    }

    /**
     * @param commaSeparatedUrls e.g. {@code http://es1:9200,http://es2:9200}
     * @param user               blank or null for none
     */
    public static SearchEndpoint parse(String commaSeparatedUrls, String user, String password) {
        if (commaSeparatedUrls == null || commaSeparatedUrls.isBlank()) {
            throw new IllegalArgumentException("no Elasticsearch URL given (hoclieu.es.url)");
        }
        List<URI> urls = Arrays.stream(commaSeparatedUrls.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(SearchEndpoint::toUri)
            .toList();
        return new SearchEndpoint(urls, Optional.ofNullable(user), Optional.ofNullable(password));
    }

    public static SearchEndpoint of(URI url) {
        return new SearchEndpoint(List.of(url), Optional.empty(), Optional.empty());
    }

    /** The value of an {@code Authorization} header, when a user is configured. */
    public Optional<String> basicAuthorization() {
        return user.map(u -> "Basic " + Base64.getEncoder()
            .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    /** Never shows the password: endpoints end up in logs and health details. */
    @Override
    public String toString() {
        return urls + user.map(u -> " as " + u).orElse("");
    }

    private static URI toUri(String text) {
        URI uri;
        try {
            uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid Elasticsearch URL '" + text + "': " + e.getMessage(), e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("invalid Elasticsearch URL '" + text + "': expected http(s)://host:port");
        }
        return uri;
    }
}
