package app.onward.offer;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant admin's draft of the next offer version: saved whole, refused field by field for what cannot be
 * stored, published only when nothing stops it, and never overwritten by a second person.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class OfferDraftsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ENTITLEMENT = """
            key title summary
            whatYouGet { description amount { text } frequency upTo cap }
            whoQualifies { fromAge fromDaysBefore untilAge categories circumstances { circumstance required } }
            howToClaim { steps proof contact { name phone email web } }
            nationalEntitlement legalBasis lastReviewedOn availableUntil""";
    private static final String DRAFT = "version rowVersion title introduction sections { area title introduction entitlements { "
            + ENTITLEMENT + " } } problems { field message code } advice { field kind suggestion }";
    private static final String START = "mutation { startOfferDraft { draft { " + DRAFT + " } userErrors { field message code } } }";
    private static final String SAVE = "mutation($input: SaveOfferDraftInput!) { saveOfferDraft(input: $input) { draft { " + DRAFT
            + " } userErrors { field message code } } }";
    private static final String PUBLISH = "mutation($input: PublishOfferDraftInput!) { publishOfferDraft(input: $input) { "
            + "offer { version } userErrors { field message code } } }";
    private static final String PUBLIC_VERSION = "{ offer(authority: \"wealdshire\") { version introduction } }";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    /** Every test leaves no draft behind: other tests (and the demo) expect none. */
    @AfterEach
    void discardDrafts() {
        for (String authority : List.of("wealdshire", "northmoor")) {
            demo.as(authority, () -> demo.dsl().deleteFrom(OFFER_VERSION).where(OFFER_VERSION.STATUS.eq("DRAFT")).execute());
        }
    }

    private JsonNode start(DemoUser admin) {
        JsonNode payload = graphql.as(admin, START, Map.of()).data().path("startOfferDraft");
        assertThat(payload.path("userErrors").values()).isEmpty();
        return payload.path("draft");
    }

    /** The draft as a SaveOfferDraftInput: the output's shape, with money as typed text. */
    private static ObjectNode asInput(JsonNode draft) {
        ObjectNode input = JSON.createObjectNode();
        input.put("rowVersion", draft.path("rowVersion").asInt());
        input.put("title", draft.path("title").asString());
        input.put("introduction", draft.path("introduction").asString());
        var sections = input.putArray("sections");
        for (JsonNode section : draft.path("sections")) {
            ObjectNode s = sections.addObject();
            s.put("area", section.path("area").asString());
            s.put("title", section.path("title").asString());
            s.put("introduction", section.path("introduction").asString());
            var entitlements = s.putArray("entitlements");
            for (JsonNode entitlement : section.path("entitlements")) {
                ObjectNode e = ((ObjectNode) entitlement).deepCopy();
                ObjectNode what = (ObjectNode) e.path("whatYouGet");
                what.put("amount", what.path("amount").isNull() ? null : what.path("amount").path("text").asString());
                entitlements.add(e);
            }
        }
        return input;
    }

    /** A payload; an error instead (a failure on our side) fails the test rather than passing for "no userErrors". */
    private JsonNode save(DemoUser admin, ObjectNode input) {
        return payload(graphql.as(admin, SAVE, Map.of("input", JSON.convertValue(input, Map.class))), "saveOfferDraft");
    }

    private JsonNode publish(DemoUser admin, int rowVersion) {
        return payload(graphql.as(admin, PUBLISH, Map.of("input", Map.of("rowVersion", rowVersion))), "publishOfferDraft");
    }

    private static JsonNode payload(GraphQlHttp.Response response, String field) {
        assertThat(response.errors().isMissingNode()).as(response.body()).isTrue();
        return response.data().path(field);
    }

    private static ObjectNode entitlement(ObjectNode input, int section, int entitlement) {
        return (ObjectNode) input.path("sections").get(section).path("entitlements").get(entitlement);
    }

    @Test
    void shouldStartFromTheLatestPublishedVersionAndKeepOneDraft() {
        JsonNode published = graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer");
        JsonNode draft = start(DemoUser.WEALDSHIRE_ADMIN);

        assertThat(draft.path("version").asInt()).isEqualTo(published.path("version").asInt() + 1);
        assertThat(draft.path("problems").values()).isEmpty();
        assertThat(draft.path("sections").values()).extracting(section -> section.path("area").asString())
                .contains("MONEY_AND_FINANCIAL_SKILLS", "EMPLOYMENT");
        assertThat(start(DemoUser.WEALDSHIRE_ADMIN)).as("starting again gives the same draft").isEqualTo(draft);
        assertThat(graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer")).as("the public sees no draft").isEqualTo(published);
    }

    @Test
    void shouldRefuseWhatCannotBeStoredFieldByFieldAndWriteNothing() {
        JsonNode draft = start(DemoUser.WEALDSHIRE_ADMIN);
        ObjectNode input = asInput(draft);
        ((ObjectNode) entitlement(input, 0, 0).path("whatYouGet")).put("amount", "three thousand pounds");
        ((ObjectNode) entitlement(input, 1, 0).path("whoQualifies")).put("untilAge", 10);
        entitlement(input, 1, 1).put("key", entitlement(input, 0, 0).path("key").asString());

        JsonNode refused = save(DemoUser.WEALDSHIRE_ADMIN, input);

        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString() + ": " + error.path("message").asString())
                .containsExactlyInAnyOrder(
                        "sections.0.entitlements.0.whatYouGet.amount: Enter an amount of money, like £3,000 or £12.50",
                        "sections.1.entitlements.0.whoQualifies.untilAge: The age it ends must be after the age it starts",
                        "sections.1.entitlements.1.key: Another entitlement already uses this key");
        assertThat(start(DemoUser.WEALDSHIRE_ADMIN)).as("nothing written").isEqualTo(draft);
    }

    @Test
    void shouldSaveUnfinishedWorkButNotPublishItSayingWhatToFix() {
        JsonNode published = graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer");
        ObjectNode input = asInput(start(DemoUser.WEALDSHIRE_ADMIN));
        entitlement(input, 0, 0).remove("howToClaim");
        entitlement(input, 0, 0).putNull("whoQualifies");
        entitlement(input, 0, 0).put("summary", "Prior to moving, every care leaver can ask their PA.");

        JsonNode saved = save(DemoUser.WEALDSHIRE_ADMIN, input);

        assertThat(saved.path("userErrors").values()).isEmpty();
        JsonNode draft = saved.path("draft");
        assertThat(draft.path("rowVersion").asInt()).isEqualTo(1);
        assertThat(draft.path("problems").values()).extracting(problem -> problem.path("field").asString())
                .containsExactlyInAnyOrder("sections.0.entitlements.0.whoQualifies", "sections.0.entitlements.0.howToClaim.steps");
        assertThat(draft.path("advice").values()).extracting(tip -> tip.path("field").asString()).containsOnly("sections.0.entitlements.0.summary");
        assertThat(draft.path("advice").values()).hasSizeGreaterThanOrEqualTo(3);

        JsonNode refused = publish(DemoUser.WEALDSHIRE_ADMIN, 1);
        assertThat(refused.path("offer").isNull()).isTrue();
        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("sections.0.entitlements.0.whoQualifies", "sections.0.entitlements.0.howToClaim.steps");
        assertThat(graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer")).isEqualTo(published);
    }

    @Test
    void shouldNotPublishAnOfferThatLeavesOutANationalEntitlement() {
        ObjectNode input = asInput(start(DemoUser.WEALDSHIRE_ADMIN));
        String removed = null;
        for (JsonNode section : input.path("sections")) {
            var entitlements = (ArrayNode) section.path("entitlements");
            for (int e = 0; e < entitlements.size() && removed == null; e++) {
                if ("STAYING_PUT".equals(entitlements.get(e).path("nationalEntitlement").asString(null))) {
                    removed = entitlements.get(e).path("title").asString();
                    entitlements.remove(e);
                }
            }
        }
        assertThat(removed).as("the starter offer has staying put").isNotNull();

        JsonNode saved = save(DemoUser.WEALDSHIRE_ADMIN, input);

        assertThat(saved.path("userErrors").values()).as("leaving it out is saved, as unfinished work").isEmpty();
        assertThat(saved.path("draft").path("problems").values())
                .extracting(problem -> problem.path("field").asString() + ": " + problem.path("message").asString())
                .containsExactly("sections: Put back “" + removed + "”: the law gives it to every care leaver, so every offer must include it");
        assertThat(publish(DemoUser.WEALDSHIRE_ADMIN, saved.path("draft").path("rowVersion").asInt()).path("offer").isNull()).isTrue();
    }

    @Test
    void shouldRefuseASaveFromAnOlderRowVersionSayingWhatDiffersAndOverwriteNothing() {
        JsonNode opened = start(DemoUser.WEALDSHIRE_ADMIN);
        ObjectNode first = asInput(opened);
        entitlement(first, 0, 0).put("title", "Changed by the first person");
        ObjectNode second = asInput(opened);
        entitlement(second, 1, 1).put("title", "Changed by the second person");

        assertThat(save(DemoUser.WEALDSHIRE_ADMIN, first).path("userErrors").values()).isEmpty();
        JsonNode refused = save(DemoUser.WEALDSHIRE_ADMIN, second);

        JsonNode error = refused.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("CONFLICT");
        assertThat(error.path("message").asString())
                .contains("yours was not saved and nothing was overwritten")
                .contains("\"Changed by the second person\" differs")
                .contains("\"A personal adviser until you are 25\" differs");
        JsonNode kept = start(DemoUser.WEALDSHIRE_ADMIN);
        assertThat(kept.path("rowVersion").asInt()).isEqualTo(1);
        assertThat(kept.path("sections").get(0).path("entitlements").get(0).path("title").asString()).isEqualTo("Changed by the first person");
        assertThat(refused.path("draft")).as("the saved draft comes back to compare with").isEqualTo(kept);
    }

    @Test
    void shouldLetExactlyOneOfManySimultaneousSavesFromTheSameVersionThrough() throws Exception {
        JsonNode opened = start(DemoUser.WEALDSHIRE_ADMIN);
        List<Callable<JsonNode>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode input = asInput(opened);
            entitlement(input, 0, 0).put("title", "Save number " + i);
            saves.add(() -> save(DemoUser.WEALDSHIRE_ADMIN, input));
        }
        List<JsonNode> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(6)) {
            for (Future<JsonNode> answer : threads.invokeAll(saves)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).filteredOn(answer -> answer.path("userErrors").values().isEmpty()).hasSize(1);
        assertThat(answers).filteredOn(answer -> !answer.path("userErrors").values().isEmpty())
                .allSatisfy(answer -> assertThat(answer.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT"));
        assertThat(start(DemoUser.WEALDSHIRE_ADMIN).path("rowVersion").asInt()).isEqualTo(1);
    }

    @Test
    void shouldPublishOnlyTheVersionTheAdminLastSawAndShowItToEveryoneAtOnce() throws Exception {
        JsonNode before = graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer");
        JsonNode opened = start(DemoUser.WEALDSHIRE_ADMIN);
        ObjectNode changed = asInput(opened);
        changed.put("introduction", before.path("introduction").asString());
        assertThat(save(DemoUser.WEALDSHIRE_ADMIN, changed).path("userErrors").values()).isEmpty();

        JsonNode stale = publish(DemoUser.WEALDSHIRE_ADMIN, 0);
        assertThat(stale.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer")).isEqualTo(before);

        // A save and a publish at the same moment, both from row version 1: one of them wins, never both.
        ObjectNode racing = asInput(start(DemoUser.WEALDSHIRE_ADMIN));
        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<JsonNode> saving = threads.submit(() -> save(DemoUser.WEALDSHIRE_ADMIN, racing));
            Future<JsonNode> publishing = threads.submit(() -> publish(DemoUser.WEALDSHIRE_ADMIN, 1));
            boolean saved = saving.get().path("userErrors").values().isEmpty();
            boolean published = publishing.get().path("userErrors").values().isEmpty();
            assertThat(saved ^ published).as("saved %s, published %s", saved, published).isTrue();
            if (saved) {
                assertThat(publish(DemoUser.WEALDSHIRE_ADMIN, 2).path("userErrors").values()).isEmpty();
            }
        }
        assertThat(graphql.anonymous(PUBLIC_VERSION, Map.of()).data().path("offer").path("version").asInt())
                .isEqualTo(opened.path("version").asInt());
        assertThat(graphql.as(DemoUser.WEALDSHIRE_ADMIN, "{ offerDraft { version } }", Map.of()).data().path("offerDraft").isNull())
                .as("the draft became the version").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"WEALDSHIRE_ADVISER", "WEALDSHIRE_MANAGER", "WEALDSHIRE_CARE_LEAVER", "WEALDSHIRE_LEADER"})
    void shouldLetOnlyTenantAdminsTouchTheDraft(DemoUser user) {
        GraphQlHttp.Response response = graphql.as(user, START, Map.of());
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(graphql.as(user, "{ offerDraft { version } }", Map.of()).errors().get(0).path("extensions").path("code").asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    @CrossTenantCase({"offerDraft", "startOfferDraft", "saveOfferDraft", "publishOfferDraft"})
    void shouldKeepEachAuthoritysDraftToItself() {
        JsonNode northmoors = start(DemoUser.NORTHMOOR_ADMIN);
        ObjectNode marked = asInput(northmoors);
        marked.put("introduction", "Northmoor's private draft");
        assertThat(save(DemoUser.NORTHMOOR_ADMIN, marked).path("userErrors").values()).isEmpty();

        assertThat(graphql.as(DemoUser.WEALDSHIRE_ADMIN, "{ offerDraft { introduction } }", Map.of()).data().path("offerDraft").isNull()).isTrue();
        JsonNode wealdshires = start(DemoUser.WEALDSHIRE_ADMIN);
        assertThat(wealdshires.path("introduction").asString()).isNotEqualTo("Northmoor's private draft");
        // Wealdshire saving and publishing at Northmoor's row version touches only Wealdshire's own draft.
        ObjectNode attempt = asInput(wealdshires);
        attempt.put("rowVersion", 1);
        assertThat(save(DemoUser.WEALDSHIRE_ADMIN, attempt).path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(publish(DemoUser.WEALDSHIRE_ADMIN, 1).path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADMIN, "{ offerDraft { introduction rowVersion } }", Map.of()).data().path("offerDraft"))
                .isEqualTo(JSON.createObjectNode().put("introduction", "Northmoor's private draft").put("rowVersion", 1));
        assertThat(graphql.anonymous("{ offer(authority: \"northmoor\") { introduction } }", Map.of()).data().path("offer")
                .path("introduction").asString()).isNotEqualTo("Northmoor's private draft");
    }
}
