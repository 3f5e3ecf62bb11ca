package app.onward.portal.youngperson;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A care leaver on a phone sees what they can get, answered from their record, and answers only the rest. */
class MyEntitlementsTest extends BrowserTest {

    private Locator section(String heading) {
        // The cards that follow a heading, up to the next one.
        return page.locator("h2:has-text('" + heading + "') ~ .my-entitlement");
    }

    @Test
    void shouldAnswerFromTheRecordAndAskOnlyWhatItDoesNotSay() {
        onAPhoneAs("northmoor.careleaver");
        page.navigate(portal("/my"));
        page.locator("a[href='/my/entitlements']").click();

        assertThat(page).hasTitle("What you can get – Onward");
        assertThat(page.locator("h1")).hasText("What you can get");
        // Tyler's record gives his date of birth and category: neither is asked.
        assertThat(page.locator("vaadin-checkbox-group")).hasCount(2);
        assertThat(page.locator("main")).not().containsText("What is your date of birth?");
        assertThat(page.locator("main")).containsText("You can get");
        assertThat(page.locator(".my-entitlement", new Page.LocatorOptions().setHasText("A personal adviser until you are 25"))
                .first()).containsText("You can get this until");
        // Where he lives is not on his record yet: the council tax exemption may apply, saying what to check.
        Locator councilTax = page.locator(".my-entitlement", new Page.LocatorOptions().setHasText("No council tax until you are 25"));
        assertThat(councilTax).containsText("Whether you live outside the council's area");
        assertThat(quickExit()).isVisible();
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-entitlements");

        page.getByText("None of these").nth(1).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Show what I can get")).click();

        assertThat(councilTax).not().containsText("Whether you live outside the council's area");
        assertThat(councilTax).containsText("You can get this until");
        assertThat(councilTax.locator("a")).hasAttribute("href", "/northmoor/offer/council-tax-exemption");
        assertThat(page).hasURL(portal("/my/entitlements"));
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldTellTheAdviserHowClaimingWentAndShowItOnTheirRecordOfTheYoungPerson() {
        onAPhoneAs("northmoor.careleaver");
        page.navigate(portal("/my/entitlements"));
        Locator rent = page.locator(".my-entitlement", new Page.LocatorOptions().setHasText("More help with rent until you are 25"));

        rent.getByText("Tell us if you have claimed this").click();
        rent.getByText("I was turned down").click();
        rent.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Tell my adviser")).click();
        assertThat(rent.locator("vaadin-text-area")).containsText("Enter what you were told about why");

        rent.getByLabel("What did they tell you about why?").fill("The housing officer said I needed a letter first");
        rent.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Tell my adviser")).click();

        Locator toldUs = page.locator(".my-entitlement", new Page.LocatorOptions().setHasText("More help with rent until you are 25"))
                .locator(".my-entitlement__told-us");
        assertThat(toldUs).containsText("You told us you were turned down on");
        assertThat(toldUs).containsText("The housing officer said I needed a letter first");
        assertNoSeriousAccessibilityProblems();

        newPage();
        signInAs("northmoor.adviser");
        page.navigate(portal("/staff/caseload"));
        page.locator("tr.caseload-row th a").filter(new Locator.FilterOptions().setHasText("Mensah")).click();
        Locator claims = page.locator(".claims");
        assertThat(claims).containsText("More help with rent until you are 25");
        assertThat(claims).containsText("Turned down");
        assertThat(claims).containsText("Why: The housing officer said I needed a letter first");
        takeScreenshots("young-person-record-claims");

        newPage();
        signInAs("northmoor.leader");
        page.navigate(portal("/staff"));
        page.getByText("Entitlements claimed: how the offer is reaching young people").click();
        assertThat(page.locator("h1")).hasText("Entitlements claimed");
        Locator row = page.locator(".claim-counts tr", new Page.LocatorOptions().setHasText("More help with rent until you are 25"));
        assertThat(row.locator("td").nth(2)).not().hasText("0");
        assertThat(page.locator("main")).not().containsText("Mensah");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("entitlements-claimed");
    }
}
