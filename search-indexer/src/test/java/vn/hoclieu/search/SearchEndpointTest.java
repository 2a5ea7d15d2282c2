package vn.hoclieu.search;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchEndpointTest {

    @Test
    void readsCommaSeparatedUrlsLikeTheConfigurationGivesThem() {
        SearchEndpoint endpoint = SearchEndpoint.parse(" http://es1:9200/, https://es2:9200 ,", "", null);

        assertThat(endpoint.urls()).containsExactly(URI.create("http://es1:9200"), URI.create("https://es2:9200"));
        assertThat(endpoint.user()).isEmpty();
        assertThat(endpoint.basicAuthorization()).isEmpty();
    }

    @Test
    void basicAuthorizationEncodesUserAndPasswordButToStringHidesThePassword() {
        SearchEndpoint endpoint = SearchEndpoint.parse("http://es:9200", "hoclieu", "bí mật");

        String header = endpoint.basicAuthorization().orElseThrow();
        assertThat(header).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(6)), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo("hoclieu:bí mật");
        assertThat(endpoint.toString()).contains("hoclieu").doesNotContain("bí mật");
    }

    @Test
    void rejectsWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> SearchEndpoint.parse("es1:9200", null, null)).hasMessageContaining("expected http(s)://host:port");
        assertThatThrownBy(() -> SearchEndpoint.parse(" ", null, null)).hasMessageContaining("hoclieu.es.url");
    }

    @Test
    void misconfiguredHealthReportsDownWithTheReason() {
        SearchStatus status = SearchHealth.misconfigured("search is misconfigured: bad url").check();

        assertThat(status.up()).isFalse();
        assertThat(status.detail()).isEqualTo("search is misconfigured: bad url");
    }
}
