package app.onward.portal.staff;

import app.onward.portal.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class StaffHomeTest extends BrowserTest {

    @Test
    void shouldShowAPersonalAdviserWhoTheyAreSignedInAs() {
        newPage();
        signInAs("northmoor.adviser");

        assertThat(page).hasURL(portal("/staff"));
        assertThat(page).hasTitle("Staff home – Onward");
        assertThat(page.locator("main")).containsText("Signed in as Priya Sharma");
        assertThat(page.locator("main")).containsText("Personal adviser");
        assertThat(page.locator("main")).containsText("Northmoor City Council");
        assertThat(page.locator("header")).containsText("Northmoor City Council");
        takeScreenshots("staff-home");
    }

    @Test
    void shouldRefuseStaffTheYoungPersonsView() {
        newPage();
        signInAs("northmoor.manager");

        page.navigate(portal("/my"));

        assertThat(page.locator("h1")).hasText("This page is not for your account");
        assertThat(page.locator("a[href='/staff']")).isVisible();
    }

    @Test
    void shouldSignOutOfThePortalAndOfKeycloakBackToTheStartPage() {
        newPage();
        signInAs("wealdshire.adviser");

        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Sign out")).click();

        page.waitForURL(portal("/"));
        page.navigate(portal("/wealdshire/sign-in"));
        assertThat(page.locator("#password")).isVisible(); // Keycloak asks again: its session ended too
    }
}
