package app.onward.challenge;

import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A challenge from submission to its published "you said, we did", through GraphQL with real tokens: at every step
 * each other Northmoor user is refused first (a refusal that says who may, or FORBIDDEN for staff who do not see
 * challenges) and nothing changes; then the one who may takes it.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class ChallengeLifecycleTest {

    static final String FIELDS = """
            id version status theme title quotes ask raisedBy raisedOn responseDueOn overdue response
            answerer { id name board } history { status by } actions { id owner description dueOn doneOn overdue }
            messages { body by side } stepsForMe youSaidWeDid { youSaid weDid agreedBy publishedAt }
            quoteWarnings { quote kind message }""";
    static final String PAYLOAD = "{ challenge { " + FIELDS + " } warnings { quote kind message } userErrors { field message code } }";
    static final String SUBMIT = "mutation($i: SubmitChallengeInput!) { submitChallenge(input: $i) " + PAYLOAD + " }";
    static final String ANSWERERS = "{ challengeAnswerers { id name board } }";
    static final List<DemoUser> NORTHMOOR = List.of(DemoUser.NORTHMOOR_YOUTH_VOICE, DemoUser.NORTHMOOR_LEADER,
            DemoUser.NORTHMOOR_ADVISER, DemoUser.NORTHMOOR_MANAGER, DemoUser.NORTHMOOR_ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;
    LocalDate today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    static String leaderId(GraphQlHttp graphql, DemoUser user, String name) {
        for (JsonNode answerer : graphql.as(user, ANSWERERS, Map.of()).data().path("challengeAnswerers").values()) {
            if (answerer.path("name").asString().startsWith(name)) {
                return answerer.path("id").asString();
            }
        }
        throw new AssertionError("No answerer " + name);
    }

    static JsonNode submit(GraphQlHttp graphql, DemoUser user, String title, String answererId) {
        Map<String, Object> input = new HashMap<>(Map.of("theme", "HOUSING", "title", title,
                "quotes", List.of("The heating broke in November and stayed broken.", "Call me on 07700 900123 if you want to know more."),
                "ask", "Fix heating within a week, every time.", "answererId", answererId));
        return graphql.as(user, SUBMIT, Map.of("i", input)).data().path("submitChallenge");
    }

    @Test
    void shouldTakeAChallengeFromSubmittedToPublishedWithEachStepOnlyByTheSideThatMay() {
        int auditBefore = demo.as("northmoor", () -> demo.dsl().fetchCount(AUDIT_EVENT));
        JsonNode submitted = submit(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Heating left broken for weeks",
                leaderId(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Margaret O'Connell"));
        assertThat(submitted.path("userErrors").values()).isEmpty();
        JsonNode challenge = submitted.path("challenge");
        assertThat(challenge.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(challenge.path("raisedBy").asString()).isEqualTo("Aisha Rahman");
        assertThat(challenge.path("answerer").path("name").asString()).isEqualTo("Margaret O'Connell, Director of Children's Services");
        assertThat(LocalDate.parse(challenge.path("responseDueOn").asString())).isAfter(today.plusDays(25));
        assertThat(submitted.path("warnings").values()).singleElement().satisfies(warning -> {
            assertThat(warning.path("quote").asInt()).isEqualTo(1);
            assertThat(warning.path("kind").asString()).isEqualTo("PHONE_NUMBER");
            assertThat(warning.path("message").asString()).doesNotContain("07700");
        });
        assertThat(challenge.path("stepsForMe").values()).isEmpty();
        String id = challenge.path("id").asString();

        challenge = step(id, "acknowledgeChallenge", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 1);
        assertThat(challenge.path("status").asString()).isEqualTo("ACKNOWLEDGED");

        Map<String, Object> response = Map.of("response", "We will fix heating within five working days.",
                "actions", List.of(Map.of("owner", "Head of Housing Services", "description", "Set a five-day repair target",
                        "dueOn", today.plusDays(30).toString())));
        challenge = step(id, "respondToChallenge", "RespondToChallengeInput", response, DemoUser.NORTHMOOR_LEADER, 2);
        assertThat(challenge.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(challenge.path("actions").values()).hasSize(1);

        challenge = step(id, "sendChallengeBack", "SendChallengeBackInput",
                Map.of("message", "Five days is too long in winter."), DemoUser.NORTHMOOR_YOUTH_VOICE, 3);
        assertThat(challenge.path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(challenge.path("messages").path(0).path("side").asString()).isEqualTo("YOUTH_VOICE");

        Map<String, Object> better = Map.of("response", "Heating will be fixed within two days between October and March.",
                "actions", List.of(Map.of("owner", "Head of Housing Services", "description", "Set a two-day winter repair target",
                        "dueOn", today.plusDays(14).toString())));
        challenge = step(id, "respondToChallenge", "RespondToChallengeInput", better, DemoUser.NORTHMOOR_LEADER, 4);
        assertThat(challenge.path("actions").values()).singleElement()
                .satisfies(action -> assertThat(action.path("description").asString()).contains("two-day"));

        challenge = step(id, "agreeChallengeActions", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_YOUTH_VOICE, 5);
        assertThat(challenge.path("status").asString()).isEqualTo("ACTIONS_AGREED");

        String actionId = challenge.path("actions").path(0).path("id").asString();
        challenge = step(id, "completeChallengeAction", "CompleteChallengeActionInput",
                Map.of("actionId", actionId, "doneOn", today.toString()), DemoUser.NORTHMOOR_LEADER, 6);
        assertThat(challenge.path("actions").path(0).path("doneOn").asString()).isEqualTo(today.toString());

        challenge = step(id, "markChallengeActionsDone", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 7);
        challenge = step(id, "closeChallenge", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_YOUTH_VOICE, 8);
        assertThat(challenge.path("status").asString()).isEqualTo("CLOSED");

        challenge = step(id, "draftYouSaidWeDid", "DraftYouSaidWeDidInput", Map.of("youSaid", "Heating was left broken for weeks.",
                "weDid", "Heating is now fixed within two days in winter."), DemoUser.NORTHMOOR_LEADER, 9);
        challenge = step(id, "agreeYouSaidWeDid", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_YOUTH_VOICE, 10);
        assertThat(challenge.path("youSaidWeDid").path("agreedBy").asString()).isEqualTo("Aisha Rahman");
        assertThat(publicTitles("northmoor")).doesNotContain("Heating left broken for weeks");
        challenge = step(id, "publishYouSaidWeDid", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 11);
        assertThat(challenge.path("youSaidWeDid").path("publishedAt").isNull()).isFalse();

        JsonNode published = graphql.anonymous("query($a: String!) { youSaidWeDid(authority: $a) { id theme title youSaid weDid answeredBy publishedOn } }",
                Map.of("a", "northmoor")).data().path("youSaidWeDid");
        assertThat(published.values()).anySatisfy(item -> {
            assertThat(item.path("title").asString()).isEqualTo("Heating left broken for weeks");
            assertThat(item.path("answeredBy").asString()).isEqualTo("Director of Children's Services");
            assertThat(item.path("publishedOn").asString()).isEqualTo(today.toString());
        });
        assertThat(published.toString()).doesNotContain("07700").doesNotContain("Margaret").doesNotContain("Aisha");

        assertThat(history(id)).containsExactly("SUBMITTED", "ACKNOWLEDGED", "RESPONDED", "ACKNOWLEDGED", "RESPONDED",
                "ACTIONS_AGREED", "ACTIONS_DONE", "CLOSED");
        int auditAfter = demo.as("northmoor", () -> demo.dsl().fetchCount(AUDIT_EVENT));
        assertThat(auditAfter - auditBefore).isEqualTo(12);
        String audited = demo.as("northmoor", () -> demo.dsl().select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(DemoRecords.uuid("Challenge", id))).fetch().toString());
        assertThat(audited).doesNotContain("07700").doesNotContain("heating broke").contains("changed");

        step(id, "withdrawYouSaidWeDid", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 12);
        assertThat(publicTitles("northmoor")).doesNotContain("Heating left broken for weeks");
    }

    @Test
    void shouldRefuseAStepAgainstAnOlderVersionSayingWhatHappenedSince() {
        String id = submit(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Conflict check",
                leaderId(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Margaret O'Connell")).path("challenge").path("id").asString();
        step(id, "acknowledgeChallenge", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 1);
        JsonNode refused = mutate(DemoUser.NORTHMOOR_LEADER, "acknowledgeChallenge", "ChallengeStepInput", id, 1, Map.of());
        assertThat(refused.path("challenge").isNull()).isTrue();
        assertThat(refused.path("userErrors").values()).singleElement().satisfies(error -> {
            assertThat(error.path("code").asString()).isEqualTo("CONFLICT");
            assertThat(error.path("message").asString()).contains("Margaret O'Connell acknowledged it").contains("Nothing was saved");
        });
        assertThat(version(id)).isEqualTo(2);
    }

    @Test
    void shouldSayFieldByFieldWhatIsWrongWithASubmissionAndWriteNothing() {
        int before = demo.as("northmoor", () -> demo.dsl().fetchCount(app.onward.jooq.Tables.CHALLENGE));
        Map<String, Object> input = new HashMap<>(Map.of("theme", "MONEY", "title", "x".repeat(121),
                "quotes", List.of("fine", " "), "ask", "", "answererId", "nobody", "responseDueOn", today.toString()));
        JsonNode payload = graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, SUBMIT, Map.of("i", input)).data().path("submitChallenge");
        assertThat(payload.path("challenge").isNull()).isTrue();
        assertThat(payload.path("userErrors").values()).extracting(error -> error.path("field").asString() + " " + error.path("code").asString())
                .containsExactlyInAnyOrder("title TOO_LONG", "ask REQUIRED", "quotes.1 REQUIRED", "answererId INVALID",
                        "responseDueOn INVALID");
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(app.onward.jooq.Tables.CHALLENGE))).isEqualTo(before);

        String id = submit(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Field errors on a response", "board").path("challenge").path("id").asString();
        step(id, "acknowledgeChallenge", "ChallengeStepInput", Map.of(), DemoUser.NORTHMOOR_LEADER, 1);
        JsonNode respond = mutate(DemoUser.NORTHMOOR_LEADER, "respondToChallenge", "RespondToChallengeInput", id, 2,
                Map.of("response", "", "actions", List.of(Map.of("owner", "", "description", "Do it", "dueOn", today.minusDays(1).toString()))));
        assertThat(respond.path("userErrors").values()).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("response", "actions.0.owner", "actions.0.dueOn");
        assertThat(version(id)).isEqualTo(2);
    }

    @Test
    void shouldListWhatIsWaitingForTheLeaderAndTheYouthVoiceWorker() {
        String id = submit(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Waiting for me check",
                leaderId(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Margaret O'Connell")).path("challenge").path("id").asString();
        String query = "{ challengesWaitingForMe { step inWords challenge { id } } }";
        JsonNode leader = graphql.as(DemoUser.NORTHMOOR_LEADER, query, Map.of()).data().path("challengesWaitingForMe");
        assertThat(leader.values()).anySatisfy(task -> {
            assertThat(task.path("challenge").path("id").asString()).isEqualTo(id);
            assertThat(task.path("step").asString()).isEqualTo("ACKNOWLEDGE");
            assertThat(task.path("inWords").asString()).contains("“Waiting for me check”");
        });
        JsonNode inbox = graphql.as(DemoUser.NORTHMOOR_LEADER, "{ myChallengeInbox { id } }", Map.of()).data().path("myChallengeInbox");
        assertThat(inbox.values()).anySatisfy(item -> assertThat(item.path("id").asString()).isEqualTo(id));
        JsonNode adviser = graphql.as(DemoUser.NORTHMOOR_ADVISER, query, Map.of()).data().path("challengesWaitingForMe");
        assertThat(adviser.values()).isEmpty();
        JsonNode youthVoice = graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, query, Map.of()).data().path("challengesWaitingForMe");
        assertThat(youthVoice.values()).noneSatisfy(task -> assertThat(task.path("challenge").path("id").asString()).isEqualTo(id));
    }

    @Test
    void shouldFlagOverdueChallengesAndActionsAndShowTheAnswererTheirStepsOnly() {
        String query = "{ challenges(first: 100) { edges { node { title overdue status stepsForMe actions { overdue doneOn } } } } }";
        Map<String, JsonNode> asLeader = byTitle(graphql.as(DemoUser.NORTHMOOR_LEADER, query, Map.of()).data());
        Map<String, JsonNode> asYouthVoice = byTitle(graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, query, Map.of()).data());

        JsonNode damp = asLeader.get("Damp and mould in supported flats");
        assertThat(damp.path("overdue").asBoolean()).isTrue();
        assertThat(damp.path("stepsForMe").values()).as("put to the Head of Housing, not Margaret").isEmpty();
        assertThat(asLeader.get("Waiting too long for mental health support after 18").path("stepsForMe").toString())
                .isEqualTo("[\"RESPOND\"]");
        JsonNode words = asLeader.get("The words used in our records");
        assertThat(words.path("overdue").asBoolean()).as("responded, so not overdue").isFalse();
        assertThat(words.path("actions").values()).extracting(action -> action.path("overdue").asBoolean())
                .containsExactly(false, false, true);
        assertThat(words.path("stepsForMe").values()).as("an action is not done yet").extracting(JsonNode::asString)
                .containsExactly("DRAFT_YOU_SAID_WE_DID");
        assertThat(asYouthVoice.get("Being heard at our reviews").path("stepsForMe").values()).extracting(JsonNode::asString)
                .containsExactly("AGREE_ACTIONS", "SEND_BACK");
        assertThat(asYouthVoice.get("The setting-up-home grant does not go far enough").path("stepsForMe").values()).isEmpty();
    }

    private static Map<String, JsonNode> byTitle(JsonNode data) {
        Map<String, JsonNode> titles = new HashMap<>();
        data.path("challenges").path("edges").values().forEach(edge -> titles.put(edge.path("node").path("title").asString(), edge.path("node")));
        return titles;
    }

    private List<String> publicTitles(String authority) {
        return graphql.anonymous("query($a: String!) { youSaidWeDid(authority: $a) { title } }", Map.of("a", authority))
                .data().path("youSaidWeDid").values().stream().map(item -> item.path("title").asString()).toList();
    }

    private List<String> history(String id) {
        return graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, "query($id: ID!) { challenge(id: $id) { history { status } } }", Map.of("id", id))
                .data().path("challenge").path("history").values().stream().map(event -> event.path("status").asString()).toList();
    }

    private int version(String id) {
        return graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, "query($id: ID!) { challenge(id: $id) { version } }", Map.of("id", id))
                .data().path("challenge").path("version").asInt();
    }

    private JsonNode mutate(DemoUser user, String mutation, String inputType, String id, int version, Map<String, Object> rest) {
        Map<String, Object> input = new HashMap<>(rest);
        input.put("challengeId", id);
        if (!mutation.equals("addChallengeMessage")) {
            input.put("version", version);
        }
        GraphQlHttp.Response response = graphql.as(user, "mutation($i: " + inputType + "!) { " + mutation + "(input: $i) " + PAYLOAD + " }",
                Map.of("i", input));
        return response.errors().isEmpty() ? response.data().path(mutation) : response.errors().get(0);
    }

    /** Everyone else is refused first and the version stays; then {@code who} takes the step. */
    private JsonNode step(String id, String mutation, String inputType, Map<String, Object> rest, DemoUser who, int version) {
        for (DemoUser other : NORTHMOOR) {
            if (other == who) {
                continue;
            }
            JsonNode refused = mutate(other, mutation, inputType, id, version, rest);
            String code = refused.has("extensions") ? refused.path("extensions").path("code").asString()
                    : refused.path("userErrors").path(0).path("code").asString();
            assertThat(code).as(mutation + " by " + other + ": " + refused).isIn("NOT_ALLOWED", "FORBIDDEN");
            if (code.equals("NOT_ALLOWED")) {
                assertThat(refused.path("userErrors").path(0).path("message").asString()).startsWith("Only ");
            }
            assertThat(version(id)).as(mutation + " by " + other).isEqualTo(version);
        }
        JsonNode taken = mutate(who, mutation, inputType, id, version, rest);
        assertThat(taken.path("userErrors").values()).as(mutation + ": " + taken).isEmpty();
        assertThat(taken.path("challenge").path("version").asInt()).isEqualTo(version + 1);
        return taken.path("challenge");
    }
}
