package app.onward.portal.pathwayplan;

import app.onward.portal.caseload.Arrangements;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.pathwayplan.PlanModel.Difference;
import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import app.onward.portal.pathwayplan.PlanModel.PlanHolder;
import app.onward.portal.pathwayplan.PlanModel.SaveInput;
import app.onward.portal.pathwayplan.PlanModel.SavePayload;
import app.onward.portal.pathwayplan.PlanModel.Version;
import app.onward.portal.pathwayplan.PlanModel.VersionPayload;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The staff side of pathway plans, through the backend's GraphQL API as the signed-in member of staff. */
@Component
class PathwayPlans {

    private static final String VERSION_SUMMARY = """
            number savedAt changeSummary author { name }
            signOff { by { name } at } sharedWithYoungPerson agreedByYoungPersonAt comments { body writtenAt }""";

    private static final String VERSION = VERSION_SUMMARY + """
             sections { matter title plainTitle youngPersonsWords assessment
              goals { id description actions { id matter description who byWhen done overdue } } }""";

    private static final String DIFFERENCE = "matter part label before after";

    private static final String PLAN = """
            query Plan($id: ID!) { youngPerson(id: $id) { id knownAs familyName
              pathwayPlan { id latestVersionNumber latestVersion { %s } versions { %s } } %s } }"""
            .formatted(VERSION, VERSION_SUMMARY, Arrangements.FIELDS);

    private static final String ONE_VERSION = """
            query PlanVersion($id: ID!, $number: Int!) {
              youngPerson(id: $id) { pathwayPlan { version(number: $number) { %s } } } }""".formatted(VERSION);

    private static final String DIFFERENCES = """
            query PlanDifferences($id: ID!, $from: Int!, $to: Int!) {
              youngPerson(id: $id) { pathwayPlan { differences(from: $from, to: $to) { %s } } } }"""
            .formatted(DIFFERENCE);

    private static final String LANGUAGE_CHECK = """
            query LanguageCheck($text: String!) { languageCheck(text: $text) { found start end suggestion explanation } }""";

    private static final String SAVE = """
            mutation SavePathwayPlan($input: SavePathwayPlanInput!) { savePathwayPlan(input: $input) {
              plan { id latestVersionNumber } version { number }
              userErrors { field message code }
              conflict { yourBaseVersion currentVersion { %s } changesSinceYourBase { %s } }
              languageFlags { field flag { found start end suggestion explanation } } } }"""
            .formatted(VERSION, DIFFERENCE);

    private static final String SIGN_OFF = """
            mutation SignOff($input: SignOffPathwayPlanInput!) { signOffPathwayPlan(input: $input) {
              version { number } userErrors { field message code } } }""";

    private static final String SHARE = """
            mutation ShareDraft($input: SharePathwayPlanDraftInput!) { sharePathwayPlanDraft(input: $input) {
              version { number } userErrors { field message code } } }""";

    private final SignedInBackend backend;

    PathwayPlans(SignedInBackend backend) {
        this.backend = backend;
    }

    /** Empty when there is no young person with this id whom the user may open. */
    Optional<PlanHolder> planOf(String youngPersonId) {
        return backend.fetch(PLAN, Map.of("id", youngPersonId), "youngPerson", PlanHolder.class);
    }

    Optional<Version> version(String youngPersonId, int number) {
        return backend.fetch(ONE_VERSION, Map.of("id", youngPersonId, "number", number),
                "youngPerson.pathwayPlan.version", Version.class);
    }

    List<Difference> differences(String youngPersonId, int from, int to) {
        return backend.fetchList(DIFFERENCES, Map.of("id", youngPersonId, "from", from, "to", to),
                "youngPerson.pathwayPlan.differences", Difference.class);
    }

    List<LanguageFlag> languageCheck(String text) {
        return backend.fetchList(LANGUAGE_CHECK, Map.of("text", text), "languageCheck", LanguageFlag.class);
    }

    SavePayload save(SaveInput input) {
        return backend.fetch(SAVE, Map.of("input", input), "savePathwayPlan", SavePayload.class).orElseThrow();
    }

    VersionPayload signOff(String planId, int versionNumber) {
        return backend.fetch(SIGN_OFF, Map.of("input", Map.of("planId", planId, "versionNumber", versionNumber)),
                "signOffPathwayPlan", VersionPayload.class).orElseThrow();
    }

    VersionPayload shareDraft(String planId, int versionNumber) {
        return backend.fetch(SHARE, Map.of("input", Map.of("planId", planId, "versionNumber", versionNumber)),
                "sharePathwayPlanDraft", VersionPayload.class).orElseThrow();
    }
}
