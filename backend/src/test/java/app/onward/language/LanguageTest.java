package app.onward.language;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.LANGUAGE_TERM;
import static org.assertj.core.api.Assertions.assertThat;

/** The language check through the API, and an authority's own terms: its alone, added and removed by its admins. */
@OnwardIntegrationTest
class LanguageTest {

    private static final String CHECK = "query($text: String!) { languageCheck(text: $text) { found start end suggestion explanation } }";
    private static final String TERMS = "{ languageTerms { id term suggestion explanation local } }";
    private static final String ADD = """
            mutation($term: String!, $suggestion: String!) { addLanguageTerm(input: { term: $term, suggestion: $suggestion,
              explanation: "Our young people asked for it" }) { term { id term local } userErrors { field message code } } }""";
    private static final String REMOVE = """
            mutation($id: ID!) { removeLanguageTerm(input: { id: $id }) { term { term } userErrors { field message code } } }""";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void shouldFlagWordsWithSuggestionsAndOffsetsInOrder() {
        JsonNode flags = graphql.as(DemoUser.NORTHMOOR_ADVISER, CHECK,
                Map.of("text", "After the placement breakdown, contact with his siblings stopped.")).data().path("languageCheck");

        assertThat(texts(flags, "found")).containsExactly("placement breakdown", "contact", "siblings");
        assertThat(texts(flags, "suggestion")).containsExactly("moving home", "family time", "brothers and sisters");
        assertThat(flags.get(0).path("start").asInt()).isEqualTo(10);
        assertThat(flags.get(0).path("end").asInt()).isEqualTo(29);
        assertThat(flags.get(0).path("explanation").asString()).isNotBlank();
    }

    @Test
    @CrossTenantCase({"addLanguageTerm", "removeLanguageTerm", "languageCheck", "languageTerms"})
    void shouldLetATenantAdminAddAndRemoveTheAuthoritysOwnTermsForThatAuthorityOnly() {
        JsonNode added = graphql.as(DemoUser.NORTHMOOR_ADMIN, ADD, Map.of("term", "service user", "suggestion", "their name"))
                .data().path("addLanguageTerm");
        assertThat(added.path("userErrors").isEmpty()).isTrue();
        assertThat(added.path("term").path("local").asBoolean()).isTrue();
        String id = added.path("term").path("id").asString();

        assertThat(texts(check(DemoUser.NORTHMOOR_ADVISER, "Two service users came"), "found")).containsExactly("service users");
        assertThat(check(DemoUser.WEALDSHIRE_ADVISER, "Two service users came")).isEmpty();
        assertThat(texts(terms(DemoUser.WEALDSHIRE_ADVISER), "term")).doesNotContain("service user");
        JsonNode duplicate = graphql.as(DemoUser.NORTHMOOR_ADMIN, ADD, Map.of("term", "Service User", "suggestion", "x"))
                .data().path("addLanguageTerm");
        assertThat(duplicate.path("userErrors").get(0).path("code").asString()).isEqualTo("DUPLICATE");

        JsonNode fromWealdshire = graphql.as(DemoUser.WEALDSHIRE_ADMIN, REMOVE, Map.of("id", id)).data().path("removeLanguageTerm");
        assertThat(fromWealdshire.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(texts(terms(DemoUser.NORTHMOOR_ADVISER), "term")).contains("service user");

        JsonNode removed = graphql.as(DemoUser.NORTHMOOR_ADMIN, REMOVE, Map.of("id", id)).data().path("removeLanguageTerm");
        assertThat(removed.path("term").path("term").asString()).isEqualTo("service user");
        assertThat(check(DemoUser.NORTHMOOR_ADVISER, "Two service users came")).isEmpty();
        assertThat(inNorthmoor(() -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.in("language-term.added", "language-term.removed"))))
                .isGreaterThanOrEqualTo(2);
        assertThat(inNorthmoor(() -> dsl.fetchCount(LANGUAGE_TERM))).isZero();
    }

    @Test
    void shouldNotLetAnyoneButATenantAdminChangeTheListNorRemoveANationalTerm() {
        JsonNode byAdviser = graphql.as(DemoUser.NORTHMOOR_ADVISER, ADD, Map.of("term", "client", "suggestion", "their name")).json();
        assertThat(byAdviser.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");

        JsonNode national = terms(DemoUser.NORTHMOOR_ADMIN).get(0);
        assertThat(national.path("local").asBoolean()).isFalse();
        JsonNode refused = graphql.as(DemoUser.NORTHMOOR_ADMIN, REMOVE, Map.of("id", national.path("id").asString()))
                .data().path("removeLanguageTerm");
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(terms(DemoUser.NORTHMOOR_ADMIN).size()).isGreaterThanOrEqualTo(25);
    }

    private JsonNode check(DemoUser user, String text) {
        return graphql.as(user, CHECK, Map.of("text", text)).data().path("languageCheck");
    }

    private JsonNode terms(DemoUser user) {
        return graphql.as(user, TERMS, Map.of()).data().path("languageTerms");
    }

    private <T> T inNorthmoor(java.util.function.Supplier<T> work) {
        return demo.as("northmoor", work);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asString()));
        return texts;
    }
}
