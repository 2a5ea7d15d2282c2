package vn.hoclieu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An open connection to the search cluster: the official Elasticsearch Java client over the
 * Rest5Client transport. Opening contacts nobody, so it succeeds while Elasticsearch is down;
 * requests then fail and later ones succeed once it is back (Rest5Client retries a node it marked
 * dead when no live node is left). Thread-safe; one per application. Plain Java, no CDI needed.
 */
public final class SearchConnection implements AutoCloseable {

    private final SearchEndpoint endpoint;
    private final Rest5ClientTransport transport;
    private final ElasticsearchClient client;

    private SearchConnection(SearchEndpoint endpoint, Rest5ClientTransport transport) {
        this.endpoint = endpoint;
        this.transport = transport;
        this.client = new ElasticsearchClient(transport);
    }

    public static SearchConnection open(SearchEndpoint endpoint) {
        Rest5ClientBuilder builder = Rest5Client.builder(endpoint.urls());
        endpoint.basicAuthorization().ifPresent(value ->
            builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, value)}));
        Rest5Client client = builder.build(); // starts the client's I/O threads
        try {
            return new SearchConnection(endpoint, new Rest5ClientTransport(client, new JacksonJsonpMapper()));
        } catch (RuntimeException | LinkageError e) {
            // e.g. no Jackson binding on the classpath: without this, the started threads keep the JVM alive
            closeQuietly(client, e);
            throw e;
        }
    }

    private static void closeQuietly(Rest5Client client, Throwable cause) {
        try {
            client.close();
        } catch (IOException | RuntimeException closing) {
            cause.addSuppressed(closing);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public SearchEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the connection to " + endpoint, e);
        }
    }
}
