package app.onward.offer;

import app.onward.graphql.GlobalId;
import app.onward.offer.rules.WhoQualifies;
import graphql.TrivialDataFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.util.List;

/**
 * The fields of an entitlement that are worked out rather than read, and that the public offer page asks for on
 * every entitlement (120 times a page of 60: in its section and in the list of all). As plain data fetchers they
 * cost what their work costs; as controller methods, each call also went through Spring's context propagation
 * and handler invocation, a fifth of the page's time (docs/performance.md, the offer under load).
 * {@code nationalEntitlement} needs none: it is a property of {@link PublishedOffer.Entitlement}.
 */
@Configuration(proxyBeanMethods = false)
class OfferFields {

    @Bean
    RuntimeWiringConfigurer entitlementFields() {
        return wiring -> wiring
                .type("Entitlement", type -> type.dataFetcher("id", (TrivialDataFetcher<String>) field ->
                        GlobalId.of("Entitlement", field.<PublishedOffer.Entitlement>getSource().id())))
                .type("WhoQualifies", type -> type.dataFetcher("inWords", (TrivialDataFetcher<List<String>>) field ->
                        QualifyingInWords.of(field.<WhoQualifies>getSource())));
    }
}
