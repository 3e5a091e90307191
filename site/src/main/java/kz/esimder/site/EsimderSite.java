package kz.esimder.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Esimder linked data site: dereferenceable URIs, entity pages, search, statistics, /sparql. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EsimderSite {
    public static void main(String[] args) {
        SpringApplication.run(EsimderSite.class, args);
    }
}
