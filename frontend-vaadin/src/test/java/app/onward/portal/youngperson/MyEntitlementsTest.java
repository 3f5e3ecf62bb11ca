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
}
