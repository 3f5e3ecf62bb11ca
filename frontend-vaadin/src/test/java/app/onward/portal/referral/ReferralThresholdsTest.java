package app.onward.portal.referral;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The referral waiting limits, for tenant admins. Wealdshire's, so that Northmoor's escalated demo referrals (which
 * other tests look at) keep their limits; the test puts Wealdshire's urgent limit back as it found it.
 */
class ReferralThresholdsTest extends BrowserTest {

    @Test
    void shouldRefuseZeroDaysBesideItsFieldThenSaveTheLimits() {
        newPage();
        signInAs("wealdshire.admin");
        page.locator("a[href='staff/settings/referrals']").click();

        assertThat(page.locator("h1")).hasText("Referral waiting limits");
        assertThat(page).hasTitle("Referral waiting limits – Onward");
        Locator routine = limit("Routine referrals");
        Locator urgent = limit("Urgent referrals");
        assertThat(routine.locator("input")).hasValue("42");
        String urgentBefore = urgent.locator("input").inputValue();

        routine.locator("input").fill("0");
        saveLimits();

        assertThat(routine).hasAttribute("invalid", "");
        assertThat(routine).containsText("Enter a number of days from 1 to 365");
        takeScreenshots("referral-limits-refused");
        assertNoSeriousAccessibilityProblems();

        routine.locator("input").fill("42");
        urgent.locator("input").fill("10");
        saveLimits();

        assertThat(page.locator(".status-area")).containsText("Waiting limits saved: routine 42 days, urgent 10 days");
        assertThat(routine).not().hasAttribute("invalid", "");
        page.reload();
        assertThat(limit("Urgent referrals").locator("input")).hasValue("10");
        takeScreenshots("referral-limits");

        limit("Urgent referrals").locator("input").fill(urgentBefore);
        saveLimits();
        assertThat(page.locator(".status-area")).containsText("urgent " + urgentBefore + " days");
    }

    @Test
    void shouldKeepTheLimitsFromAdvisers() {
        newPage();
        signInAs("wealdshire.adviser");
        page.navigate(portal("/staff/settings/referrals"));

        assertThat(page.locator("h1")).hasText("This page is not for your account");
    }

    private void saveLimits() {
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save the limits")).click();
    }

    private Locator limit(String label) {
        return page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText(label));
    }
}
