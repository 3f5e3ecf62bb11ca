package app.onward.portal.youngperson;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class YoungPersonHomeTest extends BrowserTest {

    private static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    @Test
    void shouldLandACareLeaverOnTheirOwnPageWithAWayToLeaveQuickly() {
        newPage();
        signInAs("northmoor.careleaver");

        assertThat(page).hasURL(portal("/my"));
        assertThat(page.locator("h1")).hasText("Hello Tyler");
        assertThat(page.locator("main")).containsText("Northmoor City Council");
        assertThat(page.locator("a[href='/northmoor/offer']")).isVisible();
        assertThat(quickExit()).isVisible();
        assertThat(page.locator(".adviser")).containsText("Priya Sharma");
        assertThat(page.locator(".adviser a[href='tel:01614960731']")).isVisible();
        assertThat(page.locator(".adviser a[href='mailto:priya.sharma@northmoor.example']")).isVisible();
        assertThat(page.locator("a[href='/my/plan']")).isVisible();
        assertThat(page.locator("a[href='/my/tell-us']")).isVisible();
        // The tab list and history of a shared phone must not say whose page this is.
        assertThat(page).hasTitle("Home – Onward");
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-home");
    }

    @Test
    void shouldRefuseACareLeaverTheStaffPortal() {
        newPage();
        signInAs("wealdshire.careleaver");

        page.navigate(portal("/staff"));

        assertThat(page.locator("h1")).hasText("This page is not for your account");
        assertThat(page.locator("main")).not().containsText("Staff home");
        assertThat(quickExit()).isVisible();
        takeScreenshots("young-person-refused-staff");
    }

    @Test
    void shouldLeaveForANeutralSiteThatBackCannotUndo() {
        newPage();
        // The neutral site is outside this machine's reach; the browser is given a stand-in for it.
        page.route(NEUTRAL_SITE + "**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html").setBody("<title>Weather</title><h1>Weather</h1>")));
        signInAs("northmoor.careleaver");

        quickExit().click();

        page.waitForURL(NEUTRAL_SITE);
        page.goBack();
        assertThat(page.locator("body")).not().containsText("Tyler");
        page.navigate(portal("/my"));
        assertThat(page.locator("body")).not().containsText("Tyler");
    }

    @Test
    void shouldSignOutAYoungPersonWhoStopsUsingOnward() {
        newPage();
        signInAs("northmoor.careleaver");

        // The test portal signs young people out after 30 seconds (BrowserTest) and hears a heartbeat every 5.
        page.waitForURL(portal("/signed-out"), new Page.WaitForURLOptions().setTimeout(Duration.ofSeconds(60).toMillis()));

        assertThat(page.locator("h1")).hasText("You have been signed out");
        page.navigate(portal("/northmoor/sign-in"));
        assertThat(page.locator("#password")).isVisible(); // not let straight back in by Keycloak
    }
}
