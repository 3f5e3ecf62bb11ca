package app.onward.portal.caseload;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Where they live and what they do on the record page: now, since when, before, and recording a new entry. */
class WhereTheyLiveTest extends BrowserTest {

    private static final String ADVISER = "northmoor.adviser";

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;

    @Test
    void shouldRefuseNoFixedAbodeMarkedSuitableByItsFieldThenRecordItNotSuitable() {
        String kai = new StaffGraphQl(properties, authorities).youngPersonId(ADVISER, "Kai", "Wong");
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/young-people/" + kai));
        Locator section = section("Where they live and what they do");
        assertThat(section.locator(".where-they-live-now")).containsText("Lives: ");
        assertThat(section.locator(".where-they-live-now")).containsText(", since ");
        assertThat(section).containsText("Where they lived before");

        section.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Record where they live")).click();
        dialog("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("S – No fixed abode")).click();
        dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Suitable (1)")).click();
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();

        assertThat(dialog("vaadin-radio-group")).containsText("No fixed abode cannot be suitable accommodation: choose not suitable (S2)");
        takeScreenshots("where-they-live-refused");
        assertNoSeriousAccessibilityProblems();

        dialog("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Not suitable (2)")).click();
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();

        assertThat(page.locator(".status-area")).containsText("Accommodation recorded: S2.");
        assertThat(section.locator(".where-they-live-now")).containsText("S2 – No fixed abode or homeless, not suitable, since ");

        section.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Record what they do")).click();
        dialog("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("F4 – Full-time apprenticeship")).click();
        dialog("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();

        assertThat(page.locator(".status-area")).containsText("Activity recorded: F4.");
        assertThat(section.locator(".where-they-live-now")).containsText("F4 – Full-time apprenticeship or traineeship, since ");
        assertThat(section).containsText("What they did before");
        takeScreenshots("where-they-live");
        assertNoSeriousAccessibilityProblems();
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
