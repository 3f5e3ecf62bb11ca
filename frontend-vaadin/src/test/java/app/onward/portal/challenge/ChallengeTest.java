package app.onward.portal.challenge;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Youth Voice challenge from the moment a Youth Voice worker raises it to the public reading the council's answer
 * signed out, with each person doing their part in their own browser.
 */
class ChallengeTest extends BrowserTest {

    private static final String YOUTH_VOICE = "northmoor.youthvoice";
    private static final String LEADER = "northmoor.leader";
    private static final String LEADER_NAME = "Margaret O'Connell";
    /** A challenge's own page, not the form that raises one. */
    private static final Pattern ONE_CHALLENGE = Pattern.compile(".*/staff/challenges/(?!new$|inbox$)[^/]+$");

    @Test
    void shouldTakeAChallengeFromSubmittingToRespondingToPublishingYouSaidWeDid() {
        newPage();
        signInAs(YOUTH_VOICE);
        page.navigate(portal("/staff/challenges/new"));
        String title = "Damp in the supported flats";
        choose("What is it about?", "Housing");
        textField("Title").fill(title);
        quote(1).fill("Ring me on 07700 900123 and I will show you the mould");

        assertThat(page.locator(".quote-warning").first()).containsText("phone number");
        takeScreenshots("challenge-submit-quote-warning");
        assertNoSeriousAccessibilityProblems();

        quote(1).fill("There is mould on my bedroom wall and nobody comes to fix it");
        assertThat(page.locator(".quote-warning")).hasCount(0);
        button("Add another quote").click();
        quote(2).fill("We get told to open a window in January");
        textArea("What do young people ask of the leader?").fill("Inspect every supported flat for damp this winter.");
        choose("Who must answer?", LEADER_NAME);
        button("Submit the challenge").click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page).hasURL(ONE_CHALLENGE);
        assertThat(page.locator(".saved-message")).containsText("Challenge submitted and put to " + LEADER_NAME);
        assertThat(page).hasTitle("Youth Voice challenge – Onward");
        String challenge = page.url();
        takeScreenshots("challenge-submitted");
        assertNoSeriousAccessibilityProblems();

        Page leader = anotherBrowser();
        signIn(leader, LEADER);
        leader.navigate(portal("/staff/challenges/inbox"));
        assertThat(leader.locator(".challenge-card").filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        screenshots(leader, "challenge-inbox");
        leader.navigate(challenge);
        button(leader, "Acknowledge the challenge").click();
        assertThat(leader.locator(".saved-message")).containsText("You acknowledged the challenge.");

        fillResponse(leader, "You are right: too many flats are damp and repairs are slow.",
                "Inspect every supported flat for damp", "Housing team manager");
        screenshots(leader, "challenge-respond");
        button(leader, "Send the response").click();
        assertThat(leader.locator(".saved-message")).containsText("Your response was sent.");
        assertThat(leader.locator(".challenge-action")).containsText("Housing team manager");

        agreeAndPublish(leader, "Our supported flats are damp and repairs take too long.",
                "Every supported flat is being inspected for damp this winter.");
        screenshots(leader, "challenge-published");

        button(leader, "Mark done").click();
        assertThat(leader.locator(".saved-message")).containsText("Action marked done");
        assertThat(leader.locator(".challenge-action")).containsText("Done");
        button(leader, "Mark the actions done").click();
        assertThat(leader.locator(".saved-message")).containsText("The actions are marked done.");
        page.reload();
        button("Close the challenge").click();
        assertThat(page.locator(".saved-message")).containsText("The challenge is closed.");
        assertThat(page.locator(".history")).containsText("Closed");

        page.navigate(portal("/staff/challenges"));
        assertThat(page.locator(".challenge-column").filter(new Locator.FilterOptions().setHasText("Closed ("))
                .locator(".challenge-card").filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        takeScreenshots("challenge-board");
        assertNoSeriousAccessibilityProblems();

        newPage(new Browser.NewContextOptions());
        page.setViewportSize(390, 844);
        page.navigate(portal("/northmoor/offer"));
        page.locator("a[href='/northmoor/you-said-we-did']").click();
        assertThat(page.locator("h1")).containsText("You said, we did");
        Locator answer = page.locator("article").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(answer).containsText("Our supported flats are damp and repairs take too long.");
        assertThat(answer).containsText("Every supported flat is being inspected for damp this winter.");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("you-said-we-did");
    }

    @Test
    void shouldTellALeaderWhenAChallengeIsWaitingForThem() {
        String title = "Wait for mental health support";
        raiseAsYouthVoice(title, "Mental health", "I waited five months to see anyone");

        newPage();
        signInAs(LEADER);

        Locator task = page.locator(".challenge-task").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(task).isVisible();
        assertThat(page.locator(".challenges-waiting-count")).containsText(Pattern.compile("Challenges waiting \\([1-9]\\d*\\)"));
        takeScreenshots("staff-home-challenges-waiting");
        assertNoSeriousAccessibilityProblems();
        task.locator("a").click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(button("Acknowledge the challenge")).isVisible();
    }

    @Test
    void shouldSayWhatHappenedSinceWhenSomeoneElseActedFirstAndKeepWhatWasTyped() {
        String title = "Rude words in my file";
        String challenge = raiseAsYouthVoice(title, "Language in records",
                "My file says I was manipulative when I was scared");
        newPage();
        signInAs(LEADER);
        page.navigate(challenge);
        assertThat(page.locator("h1")).hasText(title);
        Page otherTab = anotherBrowser();
        signIn(otherTab, LEADER);
        otherTab.navigate(challenge);
        assertThat(otherTab.locator("h1")).hasText(title);
        assertThat(otherTab.locator(".challenge-steps")).containsText("Acknowledge the challenge");

        button(otherTab, "Acknowledge the challenge").click();
        assertThat(otherTab.locator(".saved-message")).containsText("You acknowledged the challenge.");
        button("Acknowledge the challenge").click();

        assertThat(page.locator(".conflict")).containsText("Someone else acted on this challenge while you had it open");
        assertThat(page.locator(".conflict")).containsText("Margaret O'Connell acknowledged it");
        Locator response = textArea("Your response to young people");
        response.fill("We will change how records describe young people.");
        otherTab.reload();
        fillResponse(otherTab, "Records will be checked.", "Check every record for stigmatising words", "Head of service");
        button(otherTab, "Send the response").click();
        assertThat(otherTab.locator(".saved-message")).containsText("Your response was sent.");

        button("Send the response").click();

        assertThat(page.locator(".conflict")).containsText("Margaret O'Connell responded");
        assertThat(response).hasValue("We will change how records describe young people.");
        assertThat(button("Send the response")).isDisabled();
        assertThat(page.locator(".challenge-response")).containsText("Records will be checked.");
        takeScreenshots("challenge-conflict");
    }

    /**
     * The conversation and the way back: the Youth Voice worker writes to the leader and sends a response back with
     * why; the leader reads both and responds again; once the wording is published the leader can take it off the
     * public pages, and signed out it is gone.
     */
    @Test
    void shouldTalkSendAResponseBackAndTakeAPublishedAnswerOffThePublicPages() {
        String title = "Bus passes for college";
        String challenge = raiseAsYouthVoice(title, "Money", "The bus to college costs more than my bursary");
        Page leader = anotherBrowser();
        signIn(leader, LEADER);
        leader.navigate(challenge);
        button(leader, "Acknowledge the challenge").click();
        assertThat(leader.locator(".saved-message")).containsText("You acknowledged the challenge.");
        respond(leader, "We will look at travel costs.", "Review travel costs", "Finance manager");

        page.reload();
        textArea("Your message").fill("Young people want to know if the pass covers weekends.");
        button("Send message").click();
        assertThat(page.locator(".saved-message")).containsText("Message sent.");
        textArea("Why is it not agreed?").fill("Looking at costs is not enough: young people asked for free passes.");
        button("Send the response back").click();
        assertThat(page.locator(".saved-message")).containsText("The response was sent back with your message.");

        leader.reload();
        Locator conversation = leader.locator(".messages");
        assertThat(conversation).containsText("Young people want to know if the pass covers weekends.");
        assertThat(conversation).containsText("young people asked for free passes");
        assertThat(leader.locator(".history")).containsText("Acknowledged");
        respond(leader, "Every care leaver in education gets a free bus pass, weekends included.",
                "Issue free bus passes", "Transport team");

        agreeAndPublish(leader, "The bus to college cost more than the bursary.",
                "Care leavers in education now travel free, weekends included.");

        // Read signed out, as anyone would (the page itself is checked in a browser at a phone's width above).
        org.assertj.core.api.Assertions.assertThat(publicAnswers()).contains(title);
        button(leader, "Take it off the public pages").click();
        assertThat(leader.locator(".saved-message")).containsText("It is no longer on the public pages.");
        org.assertj.core.api.Assertions.assertThat(publicAnswers()).contains("You said, we did").doesNotContain(title);
    }

    /** Northmoor's public "you said, we did" page, fetched with no cookies. */
    private static String publicAnswers() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(portal("/northmoor/you-said-we-did")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError("Could not read the public page", failed);
        }
    }

    /** The answerer's response with one action due in a month, sent. */
    private static void respond(Page leader, String response, String action, String owner) {
        fillResponse(leader, response, action, owner);
        button(leader, "Send the response").click();
        assertThat(leader.locator(".saved-message")).containsText("Your response was sent.");
    }

    /** The answerer's response with one action due in a month, typed but not sent. */
    private static void fillResponse(Page leader, String response, String action, String owner) {
        textArea(leader, "Your response to young people").fill(response);
        textField(leader, "Action 1: what will be done").fill(action);
        textField(leader, "Action 1: who will do it").fill(owner);
        Locator dueOn = leader.locator("vaadin-date-picker").filter(new Locator.FilterOptions().setHasText("Action 1: by when"))
                .locator("input");
        dueOn.fill(LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        dueOn.press("Enter");
    }

    /**
     * From a response waiting for Youth Voice to its answer on the public pages: the Youth Voice worker ({@link #page})
     * agrees the response, the leader words "you said, we did", the worker agrees the wording, the leader publishes.
     */
    private void agreeAndPublish(Page leader, String youSaid, String weDid) {
        page.reload();
        button("Agree the response and actions").click();
        assertThat(page.locator(".saved-message")).containsText("You agreed the response and actions");
        leader.reload();
        textArea(leader, "You said").fill(youSaid);
        textArea(leader, "We did").fill(weDid);
        button(leader, "Save the “you said, we did” wording").click();
        assertThat(leader.locator(".saved-message")).containsText("The wording was saved.");
        page.reload();
        button("Agree this wording for the public pages").click();
        assertThat(page.locator(".saved-message")).containsText("You agreed the wording.");
        leader.reload();
        button(leader, "Publish “you said, we did”").click();
        assertThat(leader.locator(".saved-message")).containsText("Published");
    }

    @Test
    void shouldShowWhatIsMissingBesideEachFieldAndInASummaryAndSubmitNothing() {
        newPage();
        signInAs(YOUTH_VOICE);
        page.navigate(portal("/staff/challenges/new"));

        button("Submit the challenge").click();

        Locator summary = page.locator(".form-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).containsText("Choose what the challenge is about");
        assertThat(page.locator("vaadin-select[invalid]")).hasCount(2);

        choose("What is it about?", "Money");
        choose("Who must answer?", LEADER_NAME);
        button("Submit the challenge").click();

        assertThat(summary.locator("li")).hasCount(3); // the title, the quote and the ask, each by the backend
        assertThat(page.locator("vaadin-text-field[invalid]").filter(new Locator.FilterOptions().setHasText("Title")))
                .isVisible();
        assertThat(page.locator("vaadin-text-area[invalid]").filter(new Locator.FilterOptions().setHasText("Quote 1")))
                .isVisible();
        summary.locator(".error-link").first().click();
        assertThat(page).hasURL(portal("/staff/challenges/new"));
        takeScreenshots("challenge-submit-problems");
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldNotLetAPersonalAdviserOpenTheChallenges() {
        newPage();
        signInAs("northmoor.adviser");

        assertThat(page.locator("nav a").filter(new Locator.FilterOptions().setHasText("Challenges"))).hasCount(0);
        page.navigate(portal("/staff/challenges"));

        assertThat(page.locator("h1")).hasText("This page is not for your account");
    }

    /** Raises a challenge through the form, put to the demo leader; the challenge's address. */
    private String raiseAsYouthVoice(String title, String theme, String quote) {
        newPage();
        signInAs(YOUTH_VOICE);
        page.navigate(portal("/staff/challenges/new"));
        choose("What is it about?", theme);
        textField("Title").fill(title);
        quote(1).fill(quote);
        textArea("What do young people ask of the leader?").fill("Tell us what you will do about it.");
        choose("Who must answer?", LEADER_NAME);
        button("Submit the challenge").click();
        assertThat(page.locator("h1")).hasText(title);
        // The address changes just after the page does.
        assertThat(page).hasURL(ONE_CHALLENGE);
        return page.url();
    }

    private void choose(String label, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private Locator textField(String label) {
        return textField(page, label);
    }

    private static Locator textField(Page browser, String label) {
        return browser.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText(label)).locator("input");
    }

    private Locator textArea(String label) {
        return textArea(page, label);
    }

    private static Locator textArea(Page browser, String label) {
        return browser.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHasText(label)).locator("textarea");
    }

    private Locator quote(int number) {
        return textArea("Quote " + number);
    }

    private Locator button(String text) {
        return button(page, text);
    }

    private static Locator button(Page browser, String text) {
        return browser.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** {@link #takeScreenshots} of another browser's page. */
    private void screenshots(Page browser, String name) {
        Page mine = page;
        page = browser;
        try {
            takeScreenshots(name);
            browser.setViewportSize(1280, 800);
        } finally {
            page = mine;
        }
    }
}
