package app.onward.portal.youngperson;

import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import app.onward.portal.pathwayplan.BackendAs;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A care leaver on a phone (390 px wide) reads their signed-off plan, agrees, comments, and tells us things. */
class MyPlanTest extends BrowserTest {

    @Autowired
    AuthorityDirectory authorities;

    @Value("${onward.backend-url}")
    String backendUrl;

    @Test
    void shouldShowACareLeaverTheirPlanInPlainWordsAndTakeTheirAgreementAndComment() {
        BackendAs adviser = BackendAs.user("northmoor.adviser", authorities, backendUrl);
        String tyler = adviser.youngPersonId("Tyler");
        int version = adviser.savePlan(tyler, "Plan agreed with Tyler", "Tyler wants his own flat near college.");
        BackendAs.user("northmoor.manager", authorities, backendUrl).signOff(tyler, version);
        onAPhoneAs("northmoor.careleaver");

        page.navigate(portal("/my/plan"));

        assertThat(page).hasTitle("My plan – Onward");
        assertThat(page.locator("h1")).hasText("My plan");
        assertThat(page.locator(".my-plan-state")).containsText("signed off");
        assertThat(page.locator(".my-plan-part")).hasCount(10);
        assertThat(page.locator("main")).containsText("What you told us");
        assertThat(page.locator("main")).containsText("What we agreed");
        assertThat(page.locator("main")).containsText("Tyler wants his own flat near college.");
        assertThat(page.locator("main")).containsText("Fill in the housing form");
        assertThat(quickExit()).isVisible();
        assertNoSeriousAccessibilityProblems();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("I agree with my plan")).click();
        assertThat(page.locator(".my-response")).containsText("Your adviser has been told that you agree");
        assertThat(page.locator(".my-agreement")).containsText("You said you agree with this plan on");

        page.getByLabel("Your comment about your plan").fill("Can we talk about the college course?");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send my comment")).click();
        assertThat(page.locator(".my-comments")).containsText("Can we talk about the college course?");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-plan");

        page.navigate(portal("/my/goals"));
        assertThat(page.locator("h1")).hasText("My goals and actions");
        assertThat(page.locator(".my-action").first()).containsText("Fill in the housing form");
        assertThat(page.locator("main")).containsText("Done");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-goals");
    }

    @Test
    void shouldTellTheAdviserSomethingHasChangedAndSomethingIsWrong() {
        onAPhoneAs("northmoor.careleaver");
        page.navigate(portal("/my/tell-us"));
        assertThat(page).hasTitle("Tell us – Onward");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Something has changed")).click();
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("I moved home")).click();
        page.getByLabel("Anything you want to tell us about it (you do not have to)").fill("I live with my aunt now.");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Tell my adviser")).click();

        assertThat(page.locator(".confirmation")).containsText("We have told Priya Sharma, your personal adviser");
        assertThat(page.locator(".told-us")).containsText("I moved home");
        assertThat(page.locator(".told-us")).containsText("I live with my aunt now.");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Something here is wrong")).click();
        page.getByLabel("What is wrong? Tell us what it says and what it should say.").fill("My surname is spelt wrong.");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send to my adviser")).click();

        assertThat(page.locator(".confirmation")).containsText("We have told");
        assertThat(page.locator(".told-us")).containsText("My surname is spelt wrong.");
        assertThat(page.locator(".told-us")).containsText("Waiting for an answer from your adviser");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-tell-us");
    }
}
