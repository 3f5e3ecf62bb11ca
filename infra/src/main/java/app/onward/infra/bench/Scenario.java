package app.onward.infra.bench;

/**
 * A page the benchmark loads: who asks for it and the GraphQL request. {@code caseload} is the benchmark;
 * {@code offer} (a public read, with a token all the same) checks the harness itself on any build.
 *
 * @param dataField the query's top-level field, which every answer must carry
 * @param publicRead whether the backend serves it as a public read (read-only, app.public_tenant_id)
 */
record Scenario(String name, String authority, String username, String query, String dataField, boolean publicRead) {

    /** A team manager's caseload of the whole team (demo team north, hundreds of young people), a page of 50. */
    static final Scenario CASELOAD = new Scenario("caseload", "northmoor", "northmoor.manager", """
            query Caseload { caseload(scope: TEAM, first: 50) { totalCount pageInfo { hasNextPage endCursor } \
            edges { cursor node { id knownAs category personalAdviser { id name } \
            clocks { next { kind dueOn status } review { dueOn status } contact { dueOn status } } \
            openActions { id } } } } }""", "caseload", false);

    static final Scenario OFFER = new Scenario("offer", "northmoor", "northmoor.adviser", """
            query Offer { offer(authority: \\"northmoor\\") { version title introduction entitlements { id title summary } } }""",
            "offer", true);

    static Scenario named(String name) {
        return switch (name) {
            case "caseload" -> CASELOAD;
            case "offer" -> OFFER;
            default -> throw new IllegalArgumentException("No benchmark scenario " + name + "; try caseload or offer");
        };
    }

    String realm() {
        return "onward-" + authority;
    }

    /** The request body as JSON. */
    String body() {
        return "{\"query\":\"" + query + "\"}";
    }
}
