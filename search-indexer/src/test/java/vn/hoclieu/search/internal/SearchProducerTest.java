package vn.hoclieu.search.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer outside a container: fields set as MicroProfile Config would inject them. */
class SearchProducerTest {

    private final SearchProducer producer = new SearchProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void beansAreMadeWithoutContactingElasticsearchAndFailPerCallWhileItIsDown() throws IOException {
        configure("http://127.0.0.1:" + closedPort());

        MaterialIndex index = producer.materialIndex(); // the application deploys fine

        assertThatThrownBy(() -> index.search("phep nhan", 5)).isInstanceOf(SearchException.class)
            .hasMessageStartingWith("could not search materials");
        assertThat(producer.searchHealth().check().up()).isFalse();
    }

    @Test
    void aBadUrlIsReportedByHealthAndNotCachedByTheIndex() {
        configure("es-without-scheme:9200");

        assertThat(producer.searchHealth().check().detail())
            .startsWith("search is misconfigured: invalid Elasticsearch URL 'es-without-scheme:9200'");
        MaterialIndex index = producer.materialIndex();
        assertThatThrownBy(() -> index.search("x", 1)).isInstanceOf(IllegalArgumentException.class);

        producer.urls = "http://127.0.0.1:9"; // configuration fixed: the next call builds a connection
        assertThatThrownBy(() -> index.search("x", 1)).isInstanceOf(SearchException.class);
    }

    private void configure(String urls) {
        producer.urls = urls;
        producer.user = Optional.empty();
        producer.password = Optional.empty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
