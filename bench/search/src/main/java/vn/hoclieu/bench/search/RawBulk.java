package vn.hoclieu.bench.search;

import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.hoclieu.search.IndexWrite;

/**
 * The baseline of indexing: {@code POST /<index>/_bulk} with NDJSON prepared before the clock
 * starts, over a plain JDK HTTP client. The source of each document is serialized by the same
 * JSON mapper as the Java client's (so both pipelines send the same documents), with the same
 * external versions.
 */
final class RawBulk {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI node;
    private final JsonpMapper mapper;

    RawBulk(URI node, JsonpMapper mapper) {
        this.node = node;
        this.mapper = mapper;
    }

    /** The NDJSON body of one bulk request (not timed). */
    byte[] ndjson(String index, List<IndexWrite> writes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        for (IndexWrite w : writes) {
            String action = "{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + w.id() + "\",\"version\":" + w.version()
                + ",\"version_type\":\"external\"}}\n";
            out.writeBytes(action.getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
                mapper.serialize(w.document(), generator);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Sends one prepared bulk; fails on any item error (the pipelines must do the same work). */
    void send(byte[] ndjson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/_bulk"))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().startsWith("{\"errors\":true") || response.body().contains("\"errors\":true")) {
            throw new IllegalStateException("raw bulk failed: HTTP " + response.statusCode() + " "
                + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }
}
