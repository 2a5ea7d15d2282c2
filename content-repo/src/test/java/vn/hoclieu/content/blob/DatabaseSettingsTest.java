package vn.hoclieu.content.blob;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSettingsTest {

    @Test
    void environmentVariablesOverrideTheDevelopmentDefaults() {
        DatabaseSettings settings = DatabaseSettings.from(name -> null, Map.of("HOCLIEU_DB_URL", "jdbc:mariadb://db/hoclieu", "HOCLIEU_DB_USER", "check"));

        assertThat(settings).isEqualTo(new DatabaseSettings("jdbc:mariadb://db/hoclieu", "check", "hoclieu"));
    }

    @Test
    void systemPropertiesOverrideEnvironmentVariables() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("hoclieu.db.url", "jdbc:mariadb://mine/x")::get,
                Map.of("HOCLIEU_DB_URL", "jdbc:mariadb://theirs/x"));

        assertThat(settings.url()).isEqualTo("jdbc:mariadb://mine/x");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(new DatabaseSettings("jdbc:mariadb://h/db", "u", "s3cret").toString()).doesNotContain("s3cret");
    }
}
