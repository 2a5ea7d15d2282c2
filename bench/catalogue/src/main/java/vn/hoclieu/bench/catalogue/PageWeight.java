package vn.hoclieu.bench.catalogue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page costs on the wire, as a browser with an empty cache and then with a warm one would
 * fetch it: the HTML, the stylesheets, scripts, icons and images it names, and what the stylesheets
 * name in turn (fonts, images). Bytes are the response's status line, headers and body as sent —
 * the JDK client does not decompress, so a gzip body counts compressed. The warm visit asks again
 * for the HTML, skips what Cache-Control keeps fresh, and revalidates the rest (a 304 costs its headers).
 */
final class PageWeight {

    record Fetch(URI uri, int status, long bytes, String encoding, String cacheControl, Optional<String> etag, Optional<String> lastModified) {
    }

    record Visit(List<Fetch> fetches) {
        long bytes() {
            return fetches.stream().mapToLong(Fetch::bytes).sum();
        }

        long gzipped() {
            return fetches.stream().filter(f -> "gzip".equals(f.encoding())).count();
        }
    }

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<link[^>]*\\srel=\"(?:stylesheet|icon|shortcut icon|preload)\"[^>]*\\shref=\"([^\"]+)\"|<link[^>]*\\shref=\"([^\"]+)\"[^>]*\\srel=\"(?:stylesheet|icon|shortcut icon|preload)\"");
    private static final Pattern IMAGE = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final HttpClient client;
    private final String cookie;

    PageWeight(HttpClient client, String cookie) {
        this.client = client;
        this.cookie = cookie;
    }

    Visit firstVisit(URI page) throws Exception {
        List<Fetch> fetches = new ArrayList<>();
        HttpResponse<byte[]> html = get(page, Map.of());
        fetches.add(fetch(page, html));
        Set<URI> seen = new LinkedHashSet<>();
        for (URI resource : resourcesOf(page, text(html), SCRIPT, LINK, IMAGE)) {
            if (seen.add(resource)) {
                HttpResponse<byte[]> response = get(resource, Map.of());
                fetches.add(fetch(resource, response));
                if (resource.getPath().endsWith(".css") || response.headers().firstValue("Content-Type").orElse("").startsWith("text/css")) {
                    for (URI inner : resourcesOf(resource, text(response), CSS_URL)) {
                        if (seen.add(inner)) {
                            fetches.add(fetch(inner, get(inner, Map.of())));
                        }
                    }
                }
            }
        }
        return new Visit(fetches);
    }

    Visit warmVisit(URI page, Visit first) throws Exception {
        List<Fetch> fetches = new ArrayList<>();
        fetches.add(fetch(page, get(page, Map.of())));
        for (Fetch earlier : first.fetches().subList(1, first.fetches().size())) {
            if (fresh(earlier)) {
                continue;
            }
            Map<String, String> conditions = earlier.etag().map(e -> Map.of("If-None-Match", e))
                    .or(() -> earlier.lastModified().map(m -> Map.of("If-Modified-Since", m))).orElse(Map.of());
            fetches.add(fetch(earlier.uri(), get(earlier.uri(), conditions)));
        }
        return new Visit(fetches);
    }

    private static boolean fresh(Fetch f) {
        String cc = f.cacheControl();
        Matcher m = MAX_AGE.matcher(cc);
        return f.status() == 200 && !cc.contains("no-cache") && !cc.contains("no-store") && m.find() && Long.parseLong(m.group(1)) > 0;
    }

    HttpResponse<byte[]> get(URI uri, Map<String, String> extra) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept-Encoding", "gzip")
                .header("Accept-Language", "vi").header("Accept", "text/html,application/xhtml+xml,*/*");
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        extra.forEach(request::header);
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Fetch fetch(URI uri, HttpResponse<byte[]> response) {
        HttpHeaders h = response.headers();
        return new Fetch(uri, response.statusCode(), headerBytes(h) + response.body().length, h.firstValue("Content-Encoding").orElse(""),
                h.firstValue("Cache-Control").orElse(""), h.firstValue("ETag"), h.firstValue("Last-Modified"));
    }

    /** "HTTP/1.1 200 OK\r\n", each "Name: value\r\n", the blank line. */
    private static long headerBytes(HttpHeaders headers) {
        long bytes = 17 + 2;
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 2 + value.getBytes(StandardCharsets.UTF_8).length + 2;
            }
        }
        return bytes;
    }

    private static String text(HttpResponse<byte[]> response) throws Exception {
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<URI> resourcesOf(URI base, String text, Pattern... patterns) {
        List<URI> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                if (ref != null && !ref.startsWith("data:") && !ref.startsWith("#")) {
                    found.add(base.resolve(ref.replace("&amp;", "&").strip()));
                }
            }
        }
        return found;
    }
}
