package app.onward.portal.offer;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant admin reads the history of the authority's offer and compares two versions: Northmoor's demo offer was
 * first published before an inspection asked for clearer council tax and Wi-Fi, then again with them.
 */
class OfferHistoryTest extends BrowserTest {

    @Test
    void shouldShowTheTenantAdminEveryVersionAndWhatChangedFromOneToAnother() {
        newPage();
        signInAs("northmoor.admin");
        page.navigate(portal("/staff/offer/history"));

        assertThat(page).hasTitle("Your offer's history – Onward");
        assertThat(page.locator("h1")).hasText("Your offer's history");
        assertThat(page.locator("a[href='/staff/offer']")).hasText("Back to your offer");
        Locator versions = page.locator("tr.offer-version");
        assertThat(versions.first()).containsText("Live now");
        assertThat(versions.nth(1)).not().containsText("Live now");
        Locator first = page.locator("tr.offer-version[data-version='1']");
        assertThat(first.locator("td[data-label='Published']")).hasText(Pattern.compile("^\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}$"));
        assertThat(first.locator("td[data-label='Published by']")).hasText("Not recorded");
        int before = Integer.parseInt(first.locator("td[data-label='Entitlements']").textContent().strip());
        assertThat(page.locator("tr.offer-version[data-version='2'] td[data-label='Entitlements']"))
                .hasText(String.valueOf(before + 1));

        choose("#from-version", "Version 1");
        choose("#to-version", "Version 2");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Compare")).click();

        Locator result = page.locator(".comparison-result");
        assertThat(result.locator(".comparison-heading")).hasText("What changed from version 1 to version 2");
        Locator councilTax = difference("No council tax until you are 25");
        assertThat(councilTax.locator(".tag")).hasText("Added");
        assertThat(councilTax).containsText("you pay no council tax until your 25th birthday");
        Locator wifi = row(difference("Free Wi-Fi for your first home"), "What you get");
        assertThat(wifi.locator(".before")).containsText("Version 1");
        assertThat(wifi.locator(".before")).containsText("For 6 months");
        assertThat(wifi.locator(".after")).containsText("Version 2");
        assertThat(wifi.locator(".after")).containsText("For 12 months");
        assertThat(row(difference("Northmoor leisure pass"), "Who can get it").locator(".after"))
                .containsText("are aged 16 to 24, up to their 25th birthday");
        assertThat(row(difference("The offer"), "Introduction").locator(".before"))
                .containsText("What Northmoor City Council gives you as your corporate parent.");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("offer-history");
    }

    @Test
    void shouldRefuseAPersonalAdviserTheOffersHistory() {
        newPage();
        signInAs("northmoor.adviser");

        page.navigate(portal("/staff/offer/history"));

        assertThat(page.locator("h1")).hasText("This page is not for your account");
        assertThat(page.locator("main")).not().containsText("Live now");
    }

    private void choose(String select, String version) {
        page.locator(select).click();
        page.locator(select).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(version).setExact(true)).click();
    }

    /** The group of differences about one thing, by the start of its heading (which ends with its tags); the label has no characters special in a pattern. */
    private Locator difference(String label) {
        return page.locator(".offer-difference").filter(new Locator.FilterOptions().setHas(page.locator(
                ".offer-difference-heading", new Page.LocatorOptions().setHasText(Pattern.compile("^" + label)))));
    }

    private static Locator row(Locator difference, String field) {
        return difference.locator(".summary-list__row").filter(new Locator.FilterOptions()
                .setHas(difference.page().locator("dt", new Page.LocatorOptions().setHasText(field))));
    }
}
