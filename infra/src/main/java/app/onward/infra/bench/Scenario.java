package app.onward.infra.bench;

import java.time.Duration;

/**
 * A page the benchmark loads: who asks for it, the GraphQL request, and what counts as holding up under load.
 *
 * @param username   who asks, with a token of theirs; null for a public page, asked signed out
 * @param dataField  the query's top-level field, which every answer must carry
 * @param publicRead whether the backend serves it as a public read (read-only, app.public_tenant_id)
 * @param reads      a table the captured SQL must read, or the capture did not see the page's reads
 * @param goal       what "holds" means for a step, and the rate the issue asks for
 * @param rates      the rates tried unless ONWARD_BENCH_RATES says otherwise
 * @param checker    the entitlement checker's load after the page's, timed inside the backend; null for none
 */
record Scenario(String name, String authority, String username, String query, String dataField, boolean publicRead,
                String reads, Goal goal, String rates, CheckerLoad checker) {

    /** The target of the checker's step in the results. */
    static final String CHECKER_TARGET = "Checker";

    /**
     * A step holds when its p99 is within {@code p99}, with no errors and the rate achieved; the target is to
     * hold at {@code rate} or more, with a median within {@code p50} when the target names one (null otherwise).
     */
    record Goal(Duration p99, int rate, Duration p50) {

        long p99Micros() {
            return p99.toNanos() / 1_000;
        }
    }

    /**
     * Signed-out entitlement checks of the scenario's authority at a fixed rate, after a warm-up on another
     * authority's checker (so that every evaluation the backend timed for this authority is one of the load's);
     * the target is one evaluation within {@code goal}.
     */
    record CheckerLoad(String warmUpAuthority, Duration goal) {
    }

    /** A team manager's caseload of the whole team (demo team north, hundreds of young people), a page of 50. */
    static final Scenario CASELOAD = new Scenario("caseload", "northmoor", "northmoor.manager", """
            query Caseload { caseload(scope: TEAM, first: 50) { totalCount pageInfo { hasNextPage endCursor } \
            edges { cursor node { id knownAs category personalAdviser { id name } \
            clocks { next { kind dueOn status } review { dueOn status } contact { dueOn status } } \
            openActions { id } } } } }""", "caseload", false, "young_person",
            new Goal(Duration.ofMillis(10), 1_000, Duration.ofMillis(3)), "50,100,250,500,750,1000,1250,1500,2000",
            null);

    /**
     * An authority's whole published offer, signed out, with exactly the fields the portal's public offer page
     * asks for (frontend-vaadin, app.onward.portal.offer.PublishedOffers): every entitlement appears twice, in its
     * section and in the list of all.
     */
    static final Scenario OFFER = new Scenario("offer", "northmoor", null, """
            query Offer($authority: String!) { offer(authority: $authority) { \
            authority { slug name signInIssuer } version publishedAt title introduction \
            sections { area title introduction entitlements { ...Shown } } entitlements { ...Shown } } } \
            fragment Shown on Entitlement { id key title summary whatYouGet { description amountInWords cap } \
            whoQualifies { inWords } howToClaim { steps proof contact { name phone email web } } \
            nationalEntitlement legalBasis lastReviewedOn availableUntil }""", "offer", true, "entitlement",
            new Goal(Duration.ofMillis(5), 2_000, null), "250,500,1000,1500,2000,2500,3000",
            new CheckerLoad("wealdshire", Duration.ofMillis(1)));

    static Scenario named(String name) {
        return switch (name) {
            case "caseload" -> CASELOAD;
            case "offer" -> OFFER;
            default -> throw new IllegalArgumentException("No benchmark scenario " + name + "; try caseload or offer");
        };
    }

    boolean signedIn() {
        return username != null;
    }

    String realm() {
        return "onward-" + authority;
    }

    /** The request body as JSON: the query, and the authority as its variable when it takes one. */
    String body() {
        String variables = query.contains("$authority") ? ",\"variables\":{\"authority\":\"" + authority + "\"}" : "";
        return "{\"query\":\"" + query + "\"" + variables + "}";
    }
}
