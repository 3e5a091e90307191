package kz.esimder.site.data;

import kz.esimder.store.LiveStore;
import kz.esimder.store.PublicEndpoint;
import kz.esimder.store.StoreSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the store: {@code esimder.store=tdb2} (the default) opens the TDB2 store at
 * {@code esimder.db} and mounts Fuseki's own SPARQL endpoint at {@code /sparql} in this servlet
 * container; {@code esimder.store=remote} reads the SPARQL 1.1 endpoint at {@code esimder.sparql.endpoint}
 * (several sites over a replicated store); {@code esimder.store=memory} uses an in-memory dataset.
 * Only tdb2 serves {@code /sparql} itself.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "esimder.store", havingValue = "tdb2", matchIfMissing = true)
    static class Tdb2 {
        @Bean(destroyMethod = "close")
        LiveStore liveStore(Environment environment) {
            return LiveStore.open(StoreSettings.fromSource(environment::getProperty));
        }

        @Bean
        RdfStore rdfStore(LiveStore live, SiteSettings settings) {
            return new TdbRdfStore(live, settings.queryTimeoutMillis());
        }

        /** Fuseki's SPARQL endpoint (read-only, with timeout and per-client cap) at /sparql; a browser GET without a query gets the editor. */
        @Bean
        ServletContextInitializer fusekiEndpointMount(LiveStore live) {
            return context -> PublicEndpoint.install(context, live, "/query");
        }
    }

    /** Remote mode: {@code esimder.store=remote} and {@code esimder.sparql.endpoint}; no store is opened here. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "esimder.store", havingValue = "remote")
    static class Remote {
        @Bean
        RdfStore rdfStore(Environment environment) {
            String endpoint = StoreSettings.fromSource(environment::getProperty).sparqlEndpoint()
                    .orElseThrow(() -> new IllegalStateException("esimder.store=remote needs esimder.sparql.endpoint"));
            return new RemoteRdfStore(endpoint, java.time.Duration.ofSeconds(60));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "esimder.store", havingValue = "memory")
    static class Memory {
        @Bean
        RdfStore rdfStore(SiteSettings settings) {
            return new InMemoryRdfStore(settings.queryTimeoutMillis());
        }
    }
}
