package vn.hoclieu.bench.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in person: their session cookie on a client shared by everyone (2,000 clients with a
 * selector thread each would measure the bench, not the server).
 */
public final class Session {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient client;
    private final URI base;
    private String cookie = "";

    public Session(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = send(json("api/v1/auth/login")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
        response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .findFirst().ifPresent(m -> cookie = "JSESSIONID=" + m.group(1));
        return response;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> putJson(String path, String body) throws IOException, InterruptedException {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A tus upload of the whole body: create, then one PATCH (the repository's raw upload path). */
    public HttpResponse<String> tusCreate(long length) throws IOException, InterruptedException {
        return send(request("api/v1/uploads").header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename YmVuY2gucGRm,filetype YXBwbGljYXRpb24vcGRm")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> tusPatch(URI location, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(location).timeout(TIMEOUT).header("Cookie", cookie).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public URI resolve(String location) {
        return base.resolve(location);
    }

    private HttpRequest.Builder json(String path) {
        return request(path).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept-Language", "vi");
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
