package app.onward.offer;

import app.onward.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @QueryMapping
    PublishedOffer offer(@Argument String authority) {
        return offers.publishedOffer(authority).orElse(null);
    }

    @SchemaMapping(typeName = "Entitlement")
    String id(PublishedOffer.Entitlement entitlement) {
        return GlobalId.of("Entitlement", entitlement.id());
    }
}
