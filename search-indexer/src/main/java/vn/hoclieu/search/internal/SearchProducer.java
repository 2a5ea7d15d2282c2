package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchConnection;
import vn.hoclieu.search.SearchEndpoint;
import vn.hoclieu.search.SearchHealth;

/**
 * Makes search injectable in the application server. Nothing here contacts Elasticsearch at
 * deployment: the connection is opened on the first search call, so the application starts while
 * Elasticsearch is down, and since the client itself retries a node that failed, it recovers when
 * Elasticsearch comes back. A configuration error is not cached either: the next call tries again.
 */
@ApplicationScoped
public class SearchProducer {

    @Inject
    @ConfigProperty(name = "hoclieu.es.url", defaultValue = "http://127.0.0.1:9200")
    String urls;

    @Inject
    @ConfigProperty(name = "hoclieu.es.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "hoclieu.es.password")
    Optional<String> password;

    private SearchConnection connection; // guarded by this

    @Produces
    MaterialIndex materialIndex() {
        return new ElasticsearchMaterialIndex(this::client);
    }

    @Produces
    SearchHealth searchHealth() {
        try {
            return new SearchHealth(endpoint());
        } catch (IllegalArgumentException e) {
            return SearchHealth.misconfigured("search is misconfigured: " + e.getMessage());
        }
    }

    synchronized ElasticsearchClient client() {
        if (connection == null) {
            connection = SearchConnection.open(endpoint());
        }
        return connection.client();
    }

    private SearchEndpoint endpoint() {
        return SearchEndpoint.parse(urls, user.orElse(null), password.orElse(null));
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
