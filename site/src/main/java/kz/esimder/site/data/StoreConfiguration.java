package kz.esimder.site.data;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store backend: the one place to change when the TDB2/Fuseki store is wired in. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {
    @Bean
    @ConditionalOnMissingBean(RdfStore.class)
    RdfStore rdfStore(SiteSettings settings) {
        return new InMemoryRdfStore(settings.queryTimeoutMillis());
    }
}
