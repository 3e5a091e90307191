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
 * container; {@code esimder.store=memory} uses an in-memory dataset (no {@code /sparql}).
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

        /** Fuseki's SPARQL endpoint (read-only, with timeout and per-client cap) at /sparql. */
        @Bean
        ServletContextInitializer sparqlEndpoint(LiveStore live) {
            return context -> PublicEndpoint.install(context, live);
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
