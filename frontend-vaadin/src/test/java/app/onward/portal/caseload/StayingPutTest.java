package app.onward.portal.caseload;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staying put on the record page: started (after a planned end past the 21st birthday is refused by its field),
 * reviewed, shown in the plan's accommodation matter and to the young person on their phone (where they live,
 * and their plan's accommodation part), then ended; and staying close, refused past the 25th birthday, then started.
 */
class StayingPutTest extends BrowserTest {

    private static final String ADVISER = "northmoor.adviser";
    private static final double SLOW_PAGE = 30_000;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;

    @Test
    void shouldRefuseAnEndAfterThe21stBirthdayThenStartReviewShowAndEndStayingPut() {
        var staff = new StaffGraphQl(properties, authorities);
        String tyler = staff.youngPersonId(ADVISER, "Ty", "Mensah");
        LocalDate born = LocalDate.parse(staff.as(ADVISER, "query($id: ID!) { youngPerson(id: $id) { dateOfBirth } }",
                Map.of("id", tyler)).path("youngPerson").path("dateOfBirth").asString());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate plannedEnd = today.plusMonths(3).plusDays(10);
        newPage();
        signInAs(ADVISER);
        Locator section = openRecord(tyler);
        assertThat(section).containsText("They are not staying put or staying close.");

        button(section, "Start staying put").click();
        date("Starts on", today.minusMonths(2));
        date("Planned end", born.plusYears(21).plusDays(1));
        field("household").fill("Ann and Raj Patel");
        field("Allowance to the carers").fill("285");
        field("Their contribution each week").fill("35");
        field("Their contribution each week").press("Tab");
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "Start").last().click();
        assertThat(dialog("vaadin-date-picker").filter(new Locator.FilterOptions().setHasText("Planned end")))
                .containsText("Staying put ends by their 21st birthday: enter " + Terms.date(born.plusYears(21)) + " or an earlier day");
        takeScreenshots("staying-put-refused");
        assertNoSeriousProblemsAtRest();

        date("Planned end", plannedEnd);
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "Start").last().click();
        assertThat(page.locator(".status-area")).containsText("Staying put started.");
        Locator card = section.locator(".arrangement");
        assertThat(card).containsText("Staying put with Ann and Raj Patel");
        assertThat(card).containsText("£285 a week to the carers; the young person pays £35 a week");
        assertThat(card).containsText("due by " + Terms.date(plannedEnd.minusMonths(3)));
        assertThat(card.locator(".due")).hasText("Due soon");

        button(card, "Record a review").click();
        dialog("vaadin-text-area textarea").fill("Settled and happy; wants to look at flats near college in the spring.");
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "Save review").last().click();
        assertThat(page.locator(".status-area")).containsText("Review recorded.");
        assertThat(card).containsText("Last review: " + Terms.date(today) + ": Settled and happy");
        section.scrollIntoViewIfNeeded();
        takeScreenshots("staying-put-record");
        assertNoSeriousProblemsAtRest();

        page.navigate(portal("/staff/young-people/" + tyler + "/plan"));
        page.locator(".plan-arrangements").waitFor(new Locator.WaitForOptions().setTimeout(SLOW_PAGE));
        assertThat(page.locator(".plan-arrangements")).containsText("Staying put with Ann and Raj Patel");
        assertThat(page.locator(".plan-arrangements a")).hasAttribute("href",
                "/staff/young-people/" + tyler + "#" + Arrangements.RECORD_SECTION);
        page.locator(".plan-arrangements").scrollIntoViewIfNeeded();
        takeScreenshots("staying-put-plan-editor");

        onAPhoneAs("northmoor.careleaver");
        page.navigate(portal("/my/where-i-live"));
        Locator mine = page.locator(".my-arrangement");
        mine.waitFor(new Locator.WaitForOptions().setTimeout(SLOW_PAGE));
        assertThat(mine).containsText("You are staying with Ann and Raj Patel until " + Terms.date(plannedEnd) + ".");
        assertThat(mine).containsText("Your adviser will agree a move-on plan with you by " + Terms.date(plannedEnd.minusMonths(3)));
        assertThat(mine).containsText("You pay £35 a week towards your keep.");
        assertThat(page.locator("main")).not().containsText("285");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-staying-put");

        page.navigate(portal("/my/plan"));
        Locator inThePlan = page.locator(".my-plan-part .my-arrangement");
        inThePlan.waitFor(new Locator.WaitForOptions().setTimeout(SLOW_PAGE));
        assertThat(inThePlan).containsText("You are staying with Ann and Raj Patel until " + Terms.date(plannedEnd) + ".");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-plan-staying-put");

        newPage();
        signInAs(ADVISER);
        section = openRecord(tyler);
        button(section.locator(".arrangement"), "End it").click();
        dialog("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("They moved on as planned")).click();
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "End it").last().click();
        assertThat(page.locator(".status-area")).containsText("Staying put ended.");
        assertThat(section.locator(".where-history")).containsText("Staying put with Ann and Raj Patel");
        assertThat(section.locator(".where-history")).containsText("(ended: they moved on as planned)");
    }

    /**
     * Staying close, for a young person registered for this test (nobody else's record changes): a planned end after
     * the 25th birthday is refused by its field, the 25th birthday itself is taken, and the card says where they
     * live and who from the children's home keeps in touch.
     */
    @Test
    void shouldRefuseAnEndAfterThe25thBirthdayThenStartStayingClose() {
        var staff = new StaffGraphQl(properties, authorities);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate born = today.minusYears(19).minusDays(40);
        String adviserId = staff.as(ADVISER, "{ staffMember { id } }", Map.of()).path("staffMember").path("id").asString();
        JsonNode registered = staff.as(ADVISER, """
                mutation($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) {
                  youngPerson { id } userErrors { field message } } }""", Map.of("input", Map.of(
                "givenName", "Morgan", "familyName", "Ellery", "dateOfBirth", born.toString(),
                "category", "FORMER_RELEVANT", "categoryAppliesFrom", born.plusYears(18).toString(),
                "personalAdviserId", adviserId))).path("registerYoungPerson");
        org.assertj.core.api.Assertions.assertThat(registered.path("userErrors").isEmpty()).as("registering: %s", registered)
                .isTrue();
        String morgan = registered.path("youngPerson").path("id").asString();
        newPage();
        signInAs(ADVISER);
        Locator section = openRecord(morgan);

        button(section, "Start staying close").click();
        date("Starts on", today.minusMonths(1));
        date("Planned end", born.plusYears(25).plusDays(1));
        field("Where they live").fill("A flat of their own near Oak House");
        field("The children’s home they left").fill("Oak House");
        dialog("vaadin-text-area textarea").fill("A weekly visit from Oak House staff, and Sunday dinner at the home.");
        field("Key worker").fill("Dev, their key worker");
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "Start").last().click();
        assertThat(dialog("vaadin-date-picker").filter(new Locator.FilterOptions().setHasText("Planned end")))
                .containsText("Staying close ends by their 25th birthday: enter " + Terms.date(born.plusYears(25))
                        + " or an earlier day");
        assertNoSeriousProblemsAtRest();

        date("Planned end", born.plusYears(25));
        button(page.locator("vaadin-dialog-overlay, vaadin-dialog"), "Start").last().click();
        assertThat(page.locator(".status-area")).containsText("Staying close started.");
        Locator card = section.locator(".arrangement");
        assertThat(card).containsText("Staying close to Oak House");
        assertThat(card).containsText("A weekly visit from Oak House staff");
        assertThat(card).containsText(Terms.date(born.plusYears(25)));
        section.scrollIntoViewIfNeeded();
        takeScreenshots("staying-close-record");
        assertNoSeriousProblemsAtRest();
    }

    /**
     * Axe with no button hovered or focused: a button just clicked keeps Lumo's focus and hover tint, whose
     * contrast axe then measures instead of the colours people see at rest.
     */
    private void assertNoSeriousProblemsAtRest() {
        page.mouse().move(0, 0);
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        assertNoSeriousAccessibilityProblems();
    }

    /** The record page's staying section, given time to load on a machine busy with other test runs. */
    private Locator openRecord(String youngPerson) {
        page.navigate(portal("/staff/young-people/" + youngPerson));
        Locator section = section("Staying put and staying close");
        section.waitFor(new Locator.WaitForOptions().setTimeout(SLOW_PAGE));
        return section;
    }

    private void date(String label, LocalDate day) {
        Locator input = dialog("vaadin-date-picker").filter(new Locator.FilterOptions().setHasText(label)).locator("input");
        input.fill(TYPED.format(day));
        input.press("Tab");
    }

    private Locator field(String labelPart) {
        return dialog("vaadin-text-field").filter(new Locator.FilterOptions().setHasText(labelPart)).locator("input");
    }

    private static Locator button(Locator within, String text) {
        return within.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
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
