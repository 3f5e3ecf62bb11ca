package app.onward.offer;

import app.onward.offer.EntitlementClaims.ClaimStatus;
import app.onward.youngperson.Mine;
import app.onward.youngperson.YoungPerson;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class EntitlementClaimController {

    private final EntitlementClaims claims;

    EntitlementClaimController(EntitlementClaims claims) {
        this.claims = claims;
    }

    record RecordEntitlementClaimInput(String entitlementKey, ClaimStatus status, String reason) {}

    @MutationMapping
    EntitlementClaims.Result recordEntitlementClaim(@Argument RecordEntitlementClaimInput input) {
        return claims.record(input.entitlementKey(), input.status(), input.reason());
    }

    @QueryMapping
    List<EntitlementClaims.Count> entitlementClaimCounts() {
        return claims.counts();
    }

    @SchemaMapping(typeName = "EntitlementClaim")
    String title(EntitlementClaims.Claim claim) {
        return claims.title(claim.entitlementKey());
    }

    @SchemaMapping(typeName = "EntitlementClaimCount")
    String title(EntitlementClaims.Count count) {
        return claims.title(count.entitlementKey());
    }

    @SchemaMapping(typeName = "Mine")
    List<EntitlementClaims.Claim> entitlementClaims(Mine mine) {
        return claims.mine();
    }

    /** One statement for a whole page of young people, all of whom the caller was allowed to open. */
    @BatchMapping(typeName = "YoungPerson", field = "entitlementClaims")
    Map<YoungPerson, List<EntitlementClaims.Claim>> youngPeoplesClaims(List<YoungPerson> people) {
        var byId = claims.of(people.stream().map(person -> person.id().value()).distinct().toList());
        return people.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> byId.getOrDefault(person.id().value(), List.of())));
    }
}
