package app.onward.challenge;

import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.tenant.TenantDirectory;
import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.CHALLENGE;
import static app.onward.jooq.Tables.CHALLENGE_ACTION;
import static app.onward.jooq.Tables.CHALLENGE_MESSAGE;
import static app.onward.jooq.Tables.CHALLENGE_STEP_TAKEN;
import static app.onward.jooq.Tables.YOU_SAID_WE_DID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing of one authority's challenges reaches another's Youth Voice workers or leaders, whatever they ask; the
 * public reads an authority's published "you said, we did" and nothing else of it; signed out, only that.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class ChallengeCrossTenantTest {

    static final String LIST = "{ challenges(first: 100) { edges { node { id title quotes answerer { name } } } } }";
    static final List<DemoUser> WEALDSHIRE = List.of(DemoUser.WEALDSHIRE_YOUTH_VOICE, DemoUser.WEALDSHIRE_LEADER);
    /** Every mutation, with an input that would be taken were the challenge theirs. */
    static final Map<String, String> MUTATIONS = Map.ofEntries(
            Map.entry("acknowledgeChallenge", "ChallengeStepInput"),
            Map.entry("respondToChallenge", "RespondToChallengeInput"),
            Map.entry("agreeChallengeActions", "ChallengeStepInput"),
            Map.entry("sendChallengeBack", "SendChallengeBackInput"),
            Map.entry("completeChallengeAction", "CompleteChallengeActionInput"),
            Map.entry("markChallengeActionsDone", "ChallengeStepInput"),
            Map.entry("closeChallenge", "ChallengeStepInput"),
            Map.entry("addChallengeMessage", "AddChallengeMessageInput"),
            Map.entry("draftYouSaidWeDid", "DraftYouSaidWeDidInput"),
            Map.entry("agreeYouSaidWeDid", "ChallengeStepInput"),
            Map.entry("publishYouSaidWeDid", "ChallengeStepInput"),
            Map.entry("withdrawYouSaidWeDid", "ChallengeStepInput"));

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    TenantDirectory tenants;

    GraphQlHttp graphql;
    String today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private JsonNode northmoorChallenge(String title) {
        for (JsonNode edge : graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, "{ challenges(first: 100) { edges { node { id version title actions { id } } } } }",
                Map.of()).data().path("challenges").path("edges").values()) {
            if (edge.path("node").path("title").asString().equals(title)) {
                return edge.path("node");
            }
        }
        throw new AssertionError("No Northmoor challenge " + title);
    }

    private List<Integer> northmoorState() {
        return demo.as("northmoor", () -> List.of(demo.dsl().fetchCount(CHALLENGE), demo.dsl().fetchCount(CHALLENGE_STEP_TAKEN),
                demo.dsl().fetchCount(CHALLENGE_ACTION), demo.dsl().fetchCount(CHALLENGE_ACTION, CHALLENGE_ACTION.DONE_ON.isNotNull()),
                demo.dsl().fetchCount(CHALLENGE_MESSAGE), demo.dsl().fetchCount(YOU_SAID_WE_DID), demo.dsl().fetchCount(AUDIT_EVENT),
                demo.dsl().fetch("select sum(version) from onward.challenge").get(0).get(0, Integer.class)));
    }

    @Test
    @CrossTenantCase({"challenges", "challenge", "myChallengeInbox", "challengesWaitingForMe", "challengeAnswerers"})
    void shouldNotShowAnotherAuthoritysChallengesOrLeaders() {
        String words = northmoorChallenge("The words used in our records").path("id").asString();
        String northmoorList = graphql.as(DemoUser.NORTHMOOR_LEADER, LIST, Map.of()).body();
        assertThat(northmoorList).contains("The words used in our records").doesNotContain("Getting to college from the villages");
        for (DemoUser user : WEALDSHIRE) {
            String list = graphql.as(user, LIST, Map.of()).body();
            assertThat(list).as(user.name()).contains("Getting to college from the villages")
                    .doesNotContain("The words used in our records").doesNotContain("Margaret").doesNotContain(words);
            assertThat(graphql.as(user, "query($id: ID!) { challenge(id: $id) { id title } }", Map.of("id", words))
                    .data().path("challenge").isNull()).as(user.name()).isTrue();
            assertThat(graphql.as(user, "{ challengesWaitingForMe { challenge { id title } } }", Map.of()).body())
                    .as(user.name()).doesNotContain(words).doesNotContain("our records");
            assertThat(graphql.as(user, "{ challengeAnswerers { id name } }", Map.of()).body()).as(user.name())
                    .contains("Rebecca Thornton").doesNotContain("Margaret").doesNotContain("David Okafor");
        }
        String inbox = graphql.as(DemoUser.WEALDSHIRE_LEADER, "{ myChallengeInbox { id title } }", Map.of()).body();
        assertThat(inbox).contains("Getting to college from the villages").doesNotContain(words).doesNotContain("our records");
    }

    @Test
    @CrossTenantCase("checkChallengeQuotes")
    void shouldWarnOnlyAboutTheNamesOfYourOwnAuthoritysYoungPeople() {
        String check = "query($q: [String!]!) { checkChallengeQuotes(quotes: $q) { quote kind } }";
        Map<String, Object> amira = Map.of("q", List.of("I asked Amira about it and she agreed"));
        assertThat(graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, check, amira).data().path("checkChallengeQuotes").toString())
                .contains("YOUNG_PERSONS_NAME");
        assertThat(graphql.as(DemoUser.WEALDSHIRE_YOUTH_VOICE, check, amira).data().path("checkChallengeQuotes").values()).isEmpty();
        Map<String, Object> chloe = Map.of("q", List.of("Chloe Whitfield said it too"));
        assertThat(graphql.as(DemoUser.WEALDSHIRE_YOUTH_VOICE, check, chloe).data().path("checkChallengeQuotes").toString())
                .contains("YOUNG_PERSONS_NAME");
        assertThat(graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, check, chloe).data().path("checkChallengeQuotes").values()).isEmpty();
    }

    @Test
    @CrossTenantCase("youSaidWeDid")
    void shouldShowTheAuthoritysPublishedYouSaidWeDidOnlyToEveryoneAndNothingElse() {
        String query = "query($a: String!) { youSaidWeDid(authority: $a) { id theme title youSaid weDid answeredBy publishedOn } }";
        List<GraphQlHttp.Response> asked = List.of(graphql.anonymous(query, Map.of("a", "northmoor")),
                graphql.as(DemoUser.WEALDSHIRE_LEADER, query, Map.of("a", "northmoor")),
                graphql.as(DemoUser.NORTHMOOR_ADVISER, query, Map.of("a", "northmoor")));
        for (GraphQlHttp.Response response : asked) {
            assertThat(response.errors().values()).isEmpty();
            assertThat(response.body()).contains("The setting-up-home grant does not go far enough")
                    .doesNotContain("Council tax letters that frighten us")
                    .doesNotContain("The words used in our records").doesNotContain("Damp and mould")
                    .doesNotContain("Margaret").doesNotContain("Aisha").doesNotContain("The grant ran out before I had a bed");
        }
        assertThat(graphql.anonymous(query, Map.of("a", "wealdshire")).body()).contains("Council tax letters that frighten us")
                .doesNotContain("setting-up-home");
        assertThat(graphql.anonymous(query, Map.of("a", "nowhere")).data().path("youSaidWeDid").values()).isEmpty();
    }

    @Test
    @CrossTenantCase({"submitChallenge", "acknowledgeChallenge", "respondToChallenge", "agreeChallengeActions",
            "sendChallengeBack", "completeChallengeAction", "markChallengeActionsDone", "closeChallenge", "addChallengeMessage",
            "draftYouSaidWeDid", "agreeYouSaidWeDid", "publishYouSaidWeDid", "withdrawYouSaidWeDid"})
    void shouldNotLetAnotherAuthorityTakeAnyStepOnAChallenge() {
        JsonNode words = northmoorChallenge("The words used in our records");
        String margaret = ChallengeLifecycleTest.leaderId(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Margaret O'Connell");
        List<Integer> before = northmoorState();
        for (DemoUser user : WEALDSHIRE) {
            for (Map.Entry<String, String> mutation : MUTATIONS.entrySet()) {
                Map<String, Object> input = new HashMap<>(Map.of("challengeId", words.path("id").asString(),
                        "version", words.path("version").asInt(), "response", "Taken over", "message", "Taken over",
                        "body", "Taken over", "youSaid", "Taken over", "weDid", "Taken over",
                        "actionId", words.path("actions").path(1).path("id").asString(), "doneOn", today));
                input.put("actions", List.of(Map.of("owner", "x", "description", "y", "dueOn", today)));
                input.keySet().retainAll(fieldsOf(mutation.getValue()));
                GraphQlHttp.Response response = graphql.as(user, "mutation($i: " + mutation.getValue() + "!) { " + mutation.getKey()
                        + "(input: $i) { challenge { id } userErrors { code } } }", Map.of("i", input));
                assertThat(response.errors().path(0).path("extensions").path("code").asString())
                        .as(mutation.getKey() + " by " + user + ": " + response.body()).isEqualTo("NOT_FOUND");
            }
        }
        Map<String, Object> submit = new HashMap<>(Map.of("theme", "OTHER", "title", "Put to another authority's leader",
                "quotes", List.of("Words"), "ask", "Answer", "answererId", margaret));
        JsonNode refused = graphql.as(DemoUser.WEALDSHIRE_YOUTH_VOICE, ChallengeLifecycleTest.SUBMIT, Map.of("i", submit))
                .data().path("submitChallenge");
        assertThat(refused.path("challenge").isNull()).isTrue();
        assertThat(refused.path("userErrors").path(0).path("field").asString()).isEqualTo("answererId");
        assertThat(northmoorState()).isEqualTo(before);
    }

    @Test
    void shouldAnswerSignedOutVisitorsOnlyThePublicYouSaidWeDid() {
        String id = northmoorChallenge("The words used in our records").path("id").asString();
        List<String> queries = List.of(LIST, "{ challenge(id: \"" + id + "\") { id } }", "{ myChallengeInbox { id } }",
                "{ challengesWaitingForMe { step } }", "{ challengeAnswerers { id } }",
                "{ checkChallengeQuotes(quotes: [\"x\"]) { kind } }");
        for (String query : queries) {
            GraphQlHttp.Response response = graphql.anonymous(query, Map.of());
            assertThat(response.errors().path(0).path("extensions").path("code").asString()).as(query + ": " + response.body())
                    .isEqualTo("UNAUTHENTICATED");
        }
        List<Integer> before = northmoorState();
        for (Map.Entry<String, String> mutation : MUTATIONS.entrySet()) {
            Map<String, Object> input = new HashMap<>(Map.of("challengeId", id, "version", 1, "response", "x", "message", "x",
                    "body", "x", "youSaid", "x", "weDid", "x", "actionId", "x", "doneOn", today));
            input.put("actions", List.of(Map.of("owner", "x", "description", "y", "dueOn", today)));
            input.keySet().retainAll(fieldsOf(mutation.getValue()));
            GraphQlHttp.Response response = graphql.anonymous("mutation($i: " + mutation.getValue() + "!) { " + mutation.getKey()
                    + "(input: $i) { userErrors { code } } }", Map.of("i", input));
            assertThat(response.errors().path(0).path("extensions").path("code").asString()).as(mutation.getKey())
                    .isEqualTo("UNAUTHENTICATED");
        }
        assertThat(northmoorState()).isEqualTo(before);
    }

    /** On the public path the database itself shows published wording only: no challenge, quote, step or leader. */
    @Test
    void shouldLetAPublicReadSeeOnlyPublishedWordingInTheDatabase() throws SQLException {
        String northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id().toString();
        try (Connection app = TestStack.database().connect(EmbeddedDatabase.APPLICATION)) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('app.public_tenant_id', '" + northmoor + "', true)");
            for (String table : List.of("challenge", "challenge_leader", "challenge_step_taken", "challenge_action", "challenge_message",
                    "you_said_we_did where published_at is null")) {
                assertThat(count(app, table)).as(table).isZero();
            }
            assertThat(count(app, "you_said_we_did")).isPositive();
            app.rollback();
        }
    }

    private static long count(Connection connection, String tableAndCondition) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("select count(*) from onward." + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static java.util.Set<String> fieldsOf(String inputType) {
        return switch (inputType) {
            case "ChallengeStepInput" -> java.util.Set.of("challengeId", "version");
            case "RespondToChallengeInput" -> java.util.Set.of("challengeId", "version", "response", "actions");
            case "SendChallengeBackInput" -> java.util.Set.of("challengeId", "version", "message");
            case "CompleteChallengeActionInput" -> java.util.Set.of("challengeId", "version", "actionId", "doneOn");
            case "AddChallengeMessageInput" -> java.util.Set.of("challengeId", "body");
            case "DraftYouSaidWeDidInput" -> java.util.Set.of("challengeId", "version", "youSaid", "weDid");
            default -> throw new IllegalArgumentException(inputType);
        };
    }
}
