package app.onward.portal.referral;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.caseload.StaffGraphQl;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mental-health referrals on the record page and the staff home: an adviser starting one, sending it and following
 * it; someone else saving first; a manager seeing what waits too long; a colleague who may open the record but not
 * the referral. Each state-changing test uses a young person no other browser test uses.
 */
class MentalHealthReferralTest extends BrowserTest {

    private static final String ADVISER = "northmoor.adviser";
    private static final String MANAGER = "northmoor.manager";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String TODAY_IN_WORDS = TODAY.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;

    @Test
    void shouldStartAReferralFixItsFieldErrorRecordConsentSendItAndFollowItToWaiting() {
        String liam = backend().youngPersonId(ADVISER, "Liam", "O'Brien");
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + liam));
        Locator section = section("Mental-health support");

        section.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Start a referral")).click();
        dialog("vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("A voluntary sector organisation")).click();
        dialog("vaadin-text-area textarea").fill("Low mood since his move; he asked for someone to talk to.");
        dialog("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("known to CAMHS")).click();
        save("Save as a draft");

        Locator serviceName = dialog("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHasText("Name of the organisation"));
        assertThat(serviceName).hasAttribute("invalid", "");
        assertThat(serviceName).containsText("name of the organisation");
        takeScreenshots("referral-start-refused");
        assertNoSeriousAccessibilityProblems();

        serviceName.locator("input").fill("Northmoor Young Minds");
        save("Save as a draft");

        assertThat(page.locator(".status-area")).containsText("Referral to Northmoor Young Minds saved as a draft.");
        Locator referral = section.locator(".referral").filter(new Locator.FilterOptions().setHasText("Northmoor Young Minds"));
        assertThat(referral.locator(".referral-status")).containsText("Draft");
        assertThat(referral).containsText("Not recorded yet: needed before the referral is sent");
        assertThat(referral).containsText("Not sent yet");

        referral.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Change details")).click();
        dialog("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("They have given consent")).click();
        dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("The young person")).click();
        Locator givenOn = dialog("vaadin-date-picker").filter(new Locator.FilterOptions().setHasText("Consent given on"))
                .locator("input");
        givenOn.fill(TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        givenOn.press("Enter");
        dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("In person")).click();
        save("Save changes");

        assertThat(page.locator(".status-area")).containsText("Referral details saved.");
        assertThat(referral).containsText("The young person, in person, on " + TODAY_IN_WORDS);

        recordWhatHappened(referral, "Sent to the service", "Sent");
        assertThat(referral).containsText("Waiting 0 days (within the 42-day limit for a routine referral)");

        recordWhatHappened(referral, "Accepted by the service", "Accepted");
        recordWhatHappened(referral, "Waiting for a first appointment", "Waiting");

        assertThat(referral.locator(".referral-status")).containsText("Waiting, since " + TODAY_IN_WORDS);
        assertThat(referral.locator(".history li")).hasCount(4);
        assertThat(referral.locator(".history")).containsText(TODAY_IN_WORDS + " · Accepted · recorded by Priya Sharma");
        takeScreenshots("referral-waiting");
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldSayWhatSomeoneElseChangedWhenTheySavedFirstAndKeepWhatWasTyped() {
        StaffGraphQl backend = backend();
        String dawit = backend.youngPersonId(ADVISER, "Dawit", "Bekele");
        JsonNode started = backend.as(ADVISER, """
                mutation($input: StartMentalHealthReferralInput!) { startMentalHealthReferral(input: $input) {
                  referral { id version } userErrors { field message } } }""", Map.of("input", Map.of(
                "youngPersonId", dawit, "service", "GP", "reason", "Sleeping badly for months.", "urgency", "ROUTINE",
                "knownToCamhsBefore18", false, "transitionFromCamhs", false))).path("startMentalHealthReferral");
        assertThat(started.path("userErrors").isEmpty()).as("starting: %s", started).isTrue();
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + dawit));
        Locator referral = section("Mental-health support").locator(".referral")
                .filter(new Locator.FilterOptions().setHasText("Sleeping badly for months"));
        referral.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Change details")).click();
        dialog("vaadin-text-area textarea").fill("Sleeping badly for months; the GP visit is booked.");

        JsonNode managers = backend.as(MANAGER, """
                mutation($input: UpdateMentalHealthReferralInput!) { updateMentalHealthReferral(input: $input) {
                  userErrors { field message code } } }""", Map.of("input", Map.of(
                "referralId", started.path("referral").path("id").asString(),
                "version", started.path("referral").path("version").asInt(), "service", "GP",
                "reason", "Sleeping badly for months.", "urgency", "URGENT", "knownToCamhsBefore18", false,
                "transitionFromCamhs", false))).path("updateMentalHealthReferral");
        assertThat(managers.path("userErrors").isEmpty()).as("the manager's save: %s", managers).isTrue();
        save("Save changes");

        Locator conflict = page.locator(".conflict");
        assertThat(conflict).containsText("Someone else saved this referral while you were working on it");
        assertThat(conflict).containsText("Gareth Llewellyn changed the urgency");
        assertThat(dialog("vaadin-text-area textarea")).hasValue("Sleeping badly for months; the GP visit is booked.");
        assertThat(dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Urgent")))
                .hasAttribute("checked", "");
        takeScreenshots("referral-conflict");

        save("Save changes");

        assertThat(page.locator(".status-area")).containsText("Referral details saved.");
        assertThat(referral).containsText("the GP visit is booked");
        assertThat(referral.locator("h3")).hasText("GP · Urgent");
    }

    @Test
    void shouldShowAManagerTheReferralsWaitingTooLongOnTheirHome() {
        newPage();
        signInAs(MANAGER);

        Locator waiting = page.locator("#referrals-waiting");
        assertThat(waiting.locator("h2")).hasText("Referrals waiting too long");
        Locator first = waiting.locator(".referral-waiting").first();
        assertThat(first.locator(".warning-tag")).hasText("Waiting too long");
        assertThat(first).containsText("over the 42-day limit for a routine referral");
        assertThat(first.locator("a")).hasAttribute("href", Pattern.compile("^staff/young-people/[^/]+$"));
        takeScreenshots("staff-home-referrals-waiting");
        assertNoSeriousAccessibilityProblems();

        first.locator("a").click();
        assertThat(section("Mental-health support").locator(".referral-escalated .warning-tag").first())
                .hasText("Waiting too long");
        takeScreenshots("referral-escalated");
    }

    /**
     * Wealdshire's adviser may open every record of their team, as a colleague covering; a referral is only for the
     * young person's own adviser and the managers. A young person registered with no adviser yet, whose referral the
     * team manager started, is such a record.
     */
    @Test
    void shouldTellACoveringAdviserCalmlyThatReferralsAreNotTheirsToSee() {
        StaffGraphQl backend = backend();
        JsonNode registered = backend.as("wealdshire.manager", """
                mutation($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) {
                  youngPerson { id } userErrors { field message } } }""", Map.of("input", Map.of(
                "givenName", "Robyn", "familyName", "Ashworth", "dateOfBirth", TODAY.minusYears(19).toString(),
                "category", "FORMER_RELEVANT", "categoryAppliesFrom", TODAY.minusYears(1).toString())))
                .path("registerYoungPerson");
        assertThat(registered.path("userErrors").isEmpty()).as("registering: %s", registered).isTrue();
        String robyn = registered.path("youngPerson").path("id").asString();
        JsonNode started = backend.as("wealdshire.manager", """
                mutation($input: StartMentalHealthReferralInput!) { startMentalHealthReferral(input: $input) {
                  referral { id } userErrors { field message } } }""", Map.of("input", Map.of(
                "youngPersonId", robyn, "service", "NHS_TALKING_THERAPIES", "reason", "Anxiety about college.",
                "urgency", "ROUTINE", "knownToCamhsBefore18", true, "transitionFromCamhs", false)))
                .path("startMentalHealthReferral");
        assertThat(started.path("userErrors").isEmpty()).as("starting: %s", started).isTrue();

        newPage();
        signInAs("wealdshire.adviser");
        page.navigate(portal("/staff/young-people/" + robyn));

        Locator section = section("Mental-health support");
        assertThat(section).containsText(MentalHealthSection.NOT_FOR_YOU);
        assertThat(section.locator(".referral")).hasCount(0);
        assertThat(section.locator("vaadin-button")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Anxiety about college.");
        assertThat(page.locator("main")).not().containsText("Talking Therapies");
        takeScreenshots("referral-not-for-you");

        Page manager = anotherBrowser();
        signIn(manager, "wealdshire.manager");
        manager.navigate(portal("/staff/young-people/" + robyn));
        assertThat(manager.locator(".mental-health .referral")).containsText("Anxiety about college.");
    }

    private void recordWhatHappened(Locator referral, String step, String recorded) {
        referral.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Record what happened")).click();
        dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(step)).click();
        save("Save");
        assertThat(page.locator(".status-area"))
                .containsText("Recorded: " + recorded + ", " + TODAY_IN_WORDS + ".");
    }

    private void save(String label) {
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText(label)).click();
    }

    private StaffGraphQl backend() {
        return new StaffGraphQl(properties, authorities);
    }

    /** Inside the open dialog, wherever this Vaadin version renders its content. */
    private Locator dialog(String selector) {
        return page.locator("vaadin-dialog " + selector + ", vaadin-dialog-overlay " + selector);
    }

    private Locator section(String heading) {
        return page.locator(".record-section").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2").filter(new Locator.FilterOptions().setHasText(heading))));
    }
}
