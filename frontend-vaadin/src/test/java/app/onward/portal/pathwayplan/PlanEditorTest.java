package app.onward.portal.pathwayplan;

import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The plan editor against the real backend: language flags while writing, a save making a new version with its
 * differences, two people saving at once, and a team manager's sign-off. Each test works on its own young person.
 */
class PlanEditorTest extends BrowserTest {

    private static final int ACCOMMODATION = PlanMatter.ACCOMMODATION.ordinal();

    @Autowired
    AuthorityDirectory authorities;

    @Value("${onward.backend-url}")
    String backendUrl;

    private BackendAs backendAs(String username) {
        return BackendAs.user(username, authorities, backendUrl);
    }

    @Test
    void shouldFlagStigmatisingWordsAsTheAdviserWritesAndSaveANewVersionWithItsDifferences() {
        BackendAs adviser = backendAs("northmoor.adviser");
        String amira = adviser.youngPersonId("Amira");
        int before = adviser.savePlan(amira, "First plan after the needs assessment", "Settled at her foster home.");
        newPage();
        signInAs("northmoor.adviser");

        openPlan(amira);
        assertThat(page).hasTitle("Pathway plan – Onward");
        assessment(ACCOMMODATION).fill("Her placement is stable and she wants to stay.");

        assertThat(flags(ACCOMMODATION)).containsText("‘placement’: young people prefer ‘home’");
        page.getByLabel("What changed and why, in a sentence").fill("Accommodation reviewed with Amira");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save as a new version")).click();

        Locator outcome = page.locator(".plan-outcome");
        assertThat(outcome).containsText("Saved as version " + (before + 1) + ".");
        assertThat(outcome).containsText("What changed since version " + before);
        assertThat(outcome.locator(".difference .before")).containsText("Settled at her foster home.");
        assertThat(outcome.locator(".difference .after")).containsText("Her placement is stable and she wants to stay.");
        // The save's own flags stay under the field: advice, and the plan was still saved.
        assertThat(flags(ACCOMMODATION)).containsText("young people prefer ‘home’");
        assertThat(page.locator(".version[data-version='" + (before + 1) + "']"))
                .containsText("Accommodation reviewed with Amira");
        takeScreenshots("plan-editor-saved");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Show the differences")).click();
        assertThat(page.locator(".comparison-result .difference .after"))
                .containsText("Her placement is stable and she wants to stay.");
        page.locator(".version-comparison").scrollIntoViewIfNeeded();
        takeScreenshots("plan-differences");
    }

    @Test
    void shouldRefuseTheSecondOfTwoSavesShowWhatChangedAndKeepTheText() {
        BackendAs adviser = backendAs("northmoor.adviser");
        BackendAs manager = backendAs("northmoor.manager");
        String callum = adviser.youngPersonId("Callum");
        int base = adviser.savePlan(callum, "First plan", "Living in supported lodgings.");
        newPage();
        signInAs("northmoor.adviser");
        openPlan(callum);

        int theirs = manager.savePlan(callum, "Housing visit recorded", "Housing team visited on Monday.");
        assessment(ACCOMMODATION).fill("My own words that must not be lost.");
        page.getByLabel("What changed and why, in a sentence").fill("My update");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save as a new version")).click();

        Locator conflict = page.locator(".plan-conflict");
        assertThat(conflict).containsText("someone else saved version " + theirs);
        assertThat(conflict).containsText("Gareth Llewellyn");
        assertThat(conflict).containsText("You started from version " + base);
        assertThat(conflict.locator(".difference .after", new Locator.LocatorOptions()
                .setHasText("Housing team visited on Monday."))).isVisible();
        assertThat(assessment(ACCOMMODATION)).hasValue("My own words that must not be lost.");
        takeScreenshots("plan-conflict");

        conflict.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Load version " + theirs)).click();

        assertThat(assessment(ACCOMMODATION)).hasValue("Housing team visited on Monday.");
        assertThat(matter(ACCOMMODATION).locator(".unsaved-text").first())
                .containsText("My own words that must not be lost.");
        assertThat(page.locator(".plan-conflict")).containsText("What changed since version " + base);
        takeScreenshots("plan-conflict-loaded");

        matter(ACCOMMODATION).locator("vaadin-button", new Locator.LocatorOptions().setHasText("Use my text here")).click();
        assertThat(assessment(ACCOMMODATION)).hasValue("My own words that must not be lost.");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save as a new version")).click();
        assertThat(page.locator(".plan-outcome")).containsText("Saved as version " + (theirs + 1) + ".");
    }

    @Test
    void shouldLetAnAdviserShareADraftThatTheYoungPersonReadsMarkedAsADraft() {
        BackendAs adviser = backendAs("northmoor.adviser2");
        String jordan = adviser.youngPersonId("Jordan");
        int version = adviser.savePlan(jordan, "Draft to talk through with Jordan", "Jordan is looking for a flat.");
        newPage();
        signInAs("northmoor.adviser2");
        openPlan(jordan);

        page.locator(".version[data-version='" + version + "'] vaadin-button",
                new Page.LocatorOptions().setHasText("Share version " + version + " with the young person")).click();
        assertThat(page.locator(".version[data-version='" + version + "']")).containsText("Shared with the young person");

        newPage();
        page.setViewportSize(390, 844);
        signInAs("northmoor.careleaver2");
        page.navigate(portal("/my/plan"));
        assertThat(page.locator(".my-plan-state")).hasText("Draft — your adviser shared this before it is finished");
        assertThat(page.locator("main")).containsText("Jordan is looking for a flat.");
    }

    @Test
    void shouldLetATeamManagerSignOffAVersion() {
        BackendAs adviser = backendAs("northmoor.adviser");
        String ellie = adviser.youngPersonId("Ellie");
        int version = adviser.savePlan(ellie, "Plan ready for sign-off", "Ellie rents a flat from the council.");
        newPage();
        signInAs("northmoor.manager");
        openPlan(ellie);

        Locator card = page.locator(".version[data-version='" + version + "']");
        card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Sign off version " + version)).click();

        assertThat(page.locator(".version[data-version='" + version + "']"))
                .containsText("Signed off by Gareth Llewellyn");
        assertThat(page.locator(".version[data-version='" + version + "'] vaadin-button",
                new Page.LocatorOptions().setHasText("Sign off"))).hasCount(0);
    }

    @Test
    void shouldTellStaffPlainlyWhenThereIsNoYoungPersonTheyMayOpen() {
        newPage();
        signInAs("northmoor.adviser");

        page.navigate(portal("/staff/young-people/WW91bmdQZXJzb246bm9ib2R5/plan"));

        assertThat(page.locator("h1")).hasText("We could not find this young person");
        assertThat(page.locator("a[href='/staff']")).isVisible();
    }

    private void openPlan(String youngPersonId) {
        page.navigate(portal("/staff/young-people/" + youngPersonId + "/plan"));
        page.locator("h1").waitFor();
        assertThat(page.locator("h1")).containsText("Pathway plan");
    }

    private Locator matter(int index) {
        return page.locator("section.plan-matter").nth(index);
    }

    private Locator assessment(int index) {
        return matter(index).locator(".checked-text").nth(1).locator("textarea");
    }

    private Locator flags(int index) {
        return matter(index).locator(".checked-text").nth(1).locator(".language-flags");
    }
}
