package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreSettingsTest {
    @Test
    void readsEveryPropertyAndNamesTheEnvironmentVariables() {
        Map<String, String> props = Map.of("esimder.db", "/srv/esimder", "esimder.sparql.timeout", "500ms",
                "esimder.sparql.resultLimit", "1000", "esimder.sparql.maxConcurrentPerClient", "8",
                "esimder.admin.password", "x", "esimder.base", "https://esimder.kz/");
        StoreSettings s = StoreSettings.fromSource(props::get);
        assertThat(s.database()).isEqualTo(Path.of("/srv/esimder"));
        assertThat(s.queryTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.resultLimit()).isEqualTo(1000);
        assertThat(s.maxConcurrentPerClient()).isEqualTo(8);
        assertThat(s.adminEnabled()).isTrue();
        assertThat(s.toString()).doesNotContain("password").doesNotContain("=x");
        assertThat(StoreSettings.environmentName("esimder.sparql.maxConcurrentPerClient")).isEqualTo("ESIMDER_SPARQL_MAX_CONCURRENT_PER_CLIENT");
        assertThat(StoreSettings.environmentName("esimder.admin.password")).isEqualTo("ESIMDER_ADMIN_PASSWORD");
    }

    @Test
    void defaultsHaveNoAdminAndAThirtySecondTimeout() {
        StoreSettings s = StoreSettings.fromSource(name -> null);
        assertThat(s.adminEnabled()).isFalse();
        assertThat(s.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.database()).isEqualTo(Path.of("data", "esimder").toAbsolutePath());
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> StoreSettings.fromSource(Map.of("esimder.sparql.timeout", "soon")::get))
                .hasMessageContaining("esimder.sparql.timeout").hasMessageContaining("soon");
        assertThatThrownBy(() -> StoreSettings.builder().maxConcurrentPerClient(0).build())
                .hasMessageContaining("maxConcurrentPerClient");
        assertThatThrownBy(() -> StoreSettings.builder().base("localhost").build()).hasMessageContaining("localhost");
        assertThatThrownBy(() -> StoreSettings.builder().adminPassword(" ").build()).hasMessageContaining("esimder.admin.password");
    }
}
