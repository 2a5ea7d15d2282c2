package vn.hoclieu.launcher.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A minimal tus 1.0.0 client over {@link ApiClient}, to upload like a browser that may drop out. */
final class Tus {

    private final ApiClient client;

    Tus(ApiClient client) {
        this.client = client;
    }

    HttpResponse<String> create(long length, String fileName, String fileType) {
        return client.send(client.request("api/v1/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + b64(fileName) + ",filetype " + b64(fileType))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> patch(String location, long offset, byte[] bytes, int from, int to) {
        return client.send(request(location).header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes, from, to - from)).build());
    }

    long offset(String location) {
        HttpResponse<String> head = client.send(request(location).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** Uploads all bytes in one PATCH; returns the upload id. */
    String upload(byte[] bytes, String fileName, String fileType) {
        String location = create(bytes.length, fileName, fileType).headers().firstValue("Location").orElseThrow();
        if (bytes.length > 0) {
            patch(location, 0, bytes, 0, bytes.length);
        }
        return idOf(location);
    }

    static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpRequest.Builder request(String location) {
        return HttpRequest.newBuilder(URI.create(location)).header("Tus-Resumable", "1.0.0");
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
