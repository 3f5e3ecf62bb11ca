package app.onward.portal.caseload;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class YoungPersonRecordTest extends BrowserTest {

    private static final String ADVISER = "northmoor.adviser";
    private static final String MANAGER = "northmoor.manager";
    private static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;
    private StaffGraphQl backend;

    @BeforeEach
    void backend() {
        backend = new StaffGraphQl(properties, authorities);
    }

    @Test
    void shouldOpenARecordFromTheCaseloadWithNoNameInTheAddressOrTitle() {
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/caseload"));

        page.locator("tr.caseload-row th a").filter(new Locator.FilterOptions().setHasText("Ellie Hughes")).click();

        assertThat(page.locator("h1")).hasText("Ellie Hughes");
        assertThat(page).hasTitle("Young person’s record – Onward");
        assertThat(page.url()).endsWith("/staff/young-people/" + backend.youngPersonId(ADVISER, "Ellie", "Hughes"))
                .doesNotContainIgnoringCase("ellie").doesNotContainIgnoringCase("hughes");
        assertThat(section("What is due")).containsText("Contact");
        assertThat(section("Details")).containsText("Date of birth");
        assertThat(section("Personal adviser and contact")).containsText("Priya Sharma");
        assertThat(page.locator("a.plan-link")).hasAttribute("href",
                "/staff/young-people/" + backend.youngPersonId(ADVISER, "Ellie", "Hughes") + "/plan");
        takeScreenshots("young-person-record");
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldLogAContactInThreeClicksAndShowItWithTheNextContactDue() {
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + backend.youngPersonId(ADVISER, "Callum", "Reid")));

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Log contact")).click();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Phone")).click();
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();

        assertThat(page.locator(".saved-message")).containsText("Contact with Callum Reid saved.");
        assertThat(section("Contacts").locator(".contact").first()).containsText(TODAY + " · Phone · logged by Priya Sharma");
        JsonNode contactClock = backend.as(ADVISER, "query($id: ID!) { youngPerson(id: $id) { clocks { contact { dueOn status } } } }",
                Map.of("id", backend.youngPersonId(ADVISER, "Callum", "Reid"))).path("youngPerson").path("clocks").path("contact");
        String dueOn = LocalDate.parse(contactClock.path("dueOn").asString())
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(page.locator(".saved-message")).containsText("Next contact due " + dueOn);
        assertThat(section("What is due").locator(".clock-contact")).containsText(dueOn);
        assertThat(section("What is due").locator(".clock-contact .due")).not().hasText("Overdue");
    }

    @Test
    void shouldAdviseOnStigmatisingWordsInTheNotesAndSaveTheContactAnyway() {
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + backend.youngPersonId(ADVISER, "Sophie", "Turner")));

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Log contact")).click();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Visit")).click();
        dialog("vaadin-text-area textarea").fill("Visited her placement; talked about contact with her mum.");
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();

        assertThat(page.locator(".saved-message")).containsText("Contact with Sophie Turner saved.");
        assertThat(page.locator(".language-advice")).containsText("“placement”");
        assertThat(section("Contacts").locator(".contact").first()).containsText("Visited her placement");
    }

    @Test
    void shouldShowWhatSomeoneElseChangedWhenTheySavedFirstAndKeepWhatWasTyped() {
        String kai = backend.youngPersonId(ADVISER, "Kai", "Wong");
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + kai));
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Edit details")).click();
        Locator preferredName = field("Preferred name");
        preferredName.fill("KW");

        saveDetailsAsTheManager(kai, "ze/zir");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save details")).click();

        Locator conflict = page.locator(".conflict");
        assertThat(conflict).containsText("Someone else saved these details while you were editing");
        assertThat(conflict).containsText("Pronouns: they/them → ze/zir");
        assertThat(preferredName).hasValue("KW");
        assertThat(field("Pronouns")).hasValue("ze/zir");
        takeScreenshots("young-person-details-conflict");

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save details")).click();

        assertThat(page.locator(".status-area")).containsText("Details saved.");
        assertThat(section("Details")).containsText("KW");
        assertThat(section("Details")).containsText("ze/zir");
    }

    @Test
    void shouldShowAnAdviserWhatAYoungPersonToldThemAndLetThemAnswerAndMarkItRead() {
        backend.as("northmoor.careleaver", """
                mutation { tellUsSomethingIsWrong(input: {whatIsWrong: "My phone number is old"}) { userErrors { message } } }""",
                Map.of());
        backend.as("northmoor.careleaver", """
                mutation { tellUsSomethingChanged(input: {kind: OTHER, description: "New college"}) { userErrors { message } } }""",
                Map.of());
        newPage();
        signInAs(ADVISER);

        Locator notice = page.locator(".notice")
                .filter(new Locator.FilterOptions().setHasText("A young person told us something we hold is wrong")).first();
        assertThat(notice).containsText("Ty Mensah");
        assertThat(page.locator(".waiting-count")).containsText("What is waiting (");
        takeScreenshots("staff-home-waiting");
        notice.locator("a").click();

        Locator waiting = page.locator(".correction-waiting").filter(new Locator.FilterOptions().setHasText("My phone number is old"));
        waiting.locator("textarea").fill("Thank you, I have updated it.");
        waiting.locator("vaadin-button").click();

        assertThat(page.locator(".correction").filter(new Locator.FilterOptions().setHasText("My phone number is old")))
                .containsText("Answered by Priya Sharma");

        page.navigate(portal("/staff"));
        Locator changed = page.locator(".notice")
                .filter(new Locator.FilterOptions().setHasText("A young person told us something changed")).first();
        assertThat(changed).containsText("Ty Mensah");
        int before = page.locator(".notice").count();
        assertThat(page.locator(".waiting-count")).hasText("What is waiting (" + before + ")");
        changed.locator("vaadin-button").click();
        assertThat(page.locator(".notice")).hasCount(before - 1);
        assertThat(page.locator(".waiting-count")).hasText("What is waiting (" + (before - 1) + ")");
    }

    private void saveDetailsAsTheManager(String id, String pronouns) {
        JsonNode current = backend.as(MANAGER, """
                query($id: ID!) { youngPerson(id: $id) { version givenName familyName preferredName dateOfBirth
                  unaccompaniedAsylumSeeking isParent hasDisability disabilityDetails ethnicity preferredLanguage
                  contactDetails { phone email consentsToTexts consentsToEmail } } }""", Map.of("id", id)).path("youngPerson");
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", id);
        input.put("version", current.path("version").asInt());
        for (String field : new String[]{"givenName", "familyName", "dateOfBirth", "ethnicity", "preferredLanguage"}) {
            input.put(field, current.path(field).asString());
        }
        input.put("preferredName", current.path("preferredName").isNull() ? null : current.path("preferredName").asString());
        input.put("disabilityDetails", current.path("disabilityDetails").isNull() ? null : current.path("disabilityDetails").asString());
        for (String field : new String[]{"unaccompaniedAsylumSeeking", "isParent", "hasDisability"}) {
            input.put(field, current.path(field).asBoolean());
        }
        JsonNode contact = current.path("contactDetails");
        input.put("phone", contact.path("phone").isNull() ? null : contact.path("phone").asString());
        input.put("email", contact.path("email").isNull() ? null : contact.path("email").asString());
        input.put("consentsToTexts", contact.path("consentsToTexts").asBoolean());
        input.put("consentsToEmail", contact.path("consentsToEmail").asBoolean());
        input.put("pronouns", pronouns);
        JsonNode payload = backend.as(MANAGER, """
                mutation($input: UpdateYoungPersonDetailsInput!) {
                  updateYoungPersonDetails(input: $input) { userErrors { field message } conflict { changedFields { field } } } }""",
                Map.of("input", input)).path("updateYoungPersonDetails");
        assertThat(payload.path("userErrors").isEmpty()).as("the manager's save: %s", payload).isTrue();
        assertThat(payload.path("conflict").isNull()).as("the manager's save: %s", payload).isTrue();
    }

    /** Inside the open dialog, wherever this Vaadin version renders its content. */
    private Locator dialog(String selector) {
        return page.locator("vaadin-dialog " + selector + ", vaadin-dialog-overlay " + selector);
    }

    private Locator field(String label) {
        return page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText(label)).locator("input");
    }

    private Locator section(String heading) {
        return page.locator(".record-section").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2").filter(new Locator.FilterOptions().setHasText(heading))));
    }
}
