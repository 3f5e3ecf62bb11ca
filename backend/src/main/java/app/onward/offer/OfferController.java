package app.onward.offer;

import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.OffsetDateTime;
import java.util.List;

@Controller
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    record CircumstanceRule(Circumstance circumstance, boolean required) {}

    @QueryMapping
    PublishedOffer offer(@Argument String authority, @Argument OffsetDateTime asOf) {
        return (asOf == null ? offers.publishedOffer(authority) : offers.publishedOffer(authority, asOf)).orElse(null);
    }

    @QueryMapping
    PublishedOffer.Entitlement entitlement(@Argument String authority, @Argument String key) {
        return offers.publishedEntitlement(authority, key).orElse(null);
    }

    @SchemaMapping(typeName = "Money")
    String text(Money money) {
        return money.toString();
    }

    @SchemaMapping(typeName = "WhoQualifies")
    int fromAge(WhoQualifies who) {
        return who.age().fromAge();
    }

    @SchemaMapping(typeName = "WhoQualifies")
    int fromDaysBefore(WhoQualifies who) {
        return who.age().fromDaysBefore();
    }

    @SchemaMapping(typeName = "WhoQualifies")
    Integer untilAge(WhoQualifies who) {
        return who.age().untilAge();
    }

    @SchemaMapping(typeName = "WhoQualifies")
    List<?> categories(WhoQualifies who) {
        return who.categories().stream().sorted().toList();
    }

    @SchemaMapping(typeName = "WhoQualifies")
    List<CircumstanceRule> circumstances(WhoQualifies who) {
        return who.circumstances().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(rule -> new CircumstanceRule(rule.getKey(), rule.getValue())).toList();
    }
}
