package vn.hoclieu.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/srv/hoclieu");

    @Test
    void defaultsAreTheEmbeddedStackUnderVar() {
        StackSettings s = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(s.varDir()).isEqualTo(ROOT.resolve("var"));
        assertThat(s.externalDb()).isEmpty();
        assertThat(s.database().url()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/hoclieu");
        assertThat(s.elasticsearchUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(s.appUrl()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(s.seedDemo()).isTrue();
    }

    @Test
    void externalServersReplaceTheEmbeddedOnes() {
        StackSettings s = StackSettings.fromEnvironment(ROOT, Map.of(
                "HOCLIEU_DB_URL", "jdbc:mariadb://db.huyen.local:3306/hoclieu",
                "HOCLIEU_DB_USER", "app", "HOCLIEU_DB_PASSWORD", "secret",
                "HOCLIEU_ES_URL", "http://es1:9200,http://es2:9200"));

        assertThat(s.database()).isEqualTo(new StackSettings.Database("jdbc:mariadb://db.huyen.local:3306/hoclieu", "app", "secret"));
        assertThat(s.elasticsearchUrl()).isEqualTo("http://es1:9200,http://es2:9200");
    }

    @Test
    void portsAndDataDirectoryCanBeMoved() {
        StackSettings s = StackSettings.fromEnvironment(ROOT, Map.of("HOCLIEU_HTTP_PORT", "18080",
                "HOCLIEU_DB_PORT", "13307", "HOCLIEU_ES_PORT", "19200", "HOCLIEU_VAR", "/data/hoclieu"));

        assertThat(s.appUrl()).isEqualTo("http://127.0.0.1:18080/");
        assertThat(s.database().url()).contains(":13307/");
        assertThat(s.elasticsearchUrl()).endsWith(":19200");
        assertThat(s.varDir()).isEqualTo(Path.of("/data/hoclieu"));
    }

    @Test
    void demoSeedCanBeSkipped() {
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of("HOCLIEU_SEED_DEMO", "false")).seedDemo()).isFalse();
    }

    @Test
    void aBadPortIsRefusedWithItsName() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(ROOT, Map.of("HOCLIEU_HTTP_PORT", "80800")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOCLIEU_HTTP_PORT");
    }
}
