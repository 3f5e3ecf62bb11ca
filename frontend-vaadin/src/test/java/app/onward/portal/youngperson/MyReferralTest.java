package app.onward.portal.youngperson;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.caseload.StaffGraphQl;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Getting mental-health support, on a phone: the referral in plain words, and who to reach now, always. */
class MyReferralTest extends BrowserTest {

    /** Tyler, whose demo referral has waited past the routine limit (backend demo.DemoReferralsLoader). */
    private static final String WITH_A_REFERRAL = "northmoor.careleaver";
    /** Wealdshire has no demo referrals. */
    private static final String WITHOUT_A_REFERRAL = "wealdshire.careleaver";

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;

    @Test
    void shouldTellAYoungPersonWhereTheirReferralIsAndWhoToReachIfWaitingIsTooHard() {
        // The demo referral was sent 58 days before the demo was loaded: the days waited grow after midnight.
        int waited = new StaffGraphQl(properties, authorities)
                .as(WITH_A_REFERRAL, "{ mine { myReferrals { waitDays } } }", Map.of())
                .path("mine").path("myReferrals").path(0).path("waitDays").asInt();
        onAPhoneAs(WITH_A_REFERRAL);
        page.locator("a[href='/my/referral']").click();

        assertThat(page.locator("h1")).hasText("Getting mental-health support");
        assertThat(page).hasTitle("My referral – Onward");
        Locator referral = page.locator(".my-referral").first();
        assertThat(referral.locator("h2")).hasText("NHS Talking Therapies");
        assertThat(referral).containsText("said yes. You are waiting for your first appointment.");
        assertThat(referral).containsText("What happens next");
        assertThat(referral).containsText("You have waited " + waited + " days so far.");
        assertThat(referral).containsText("your adviser is chasing it");
        assertThat(page.locator("main")).not().containsText("Low mood and poor sleep");
        assertCrisisContacts();
        assertThat(page.locator("main")).not().containsText("ROUTINE");
        assertThat(page.locator("main")).not().containsText("escalat");
        assertThat(quickExit()).isVisible();
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-my-referral");
    }

    @Test
    void shouldKeepTheCrisisContactsOneTapFromHomeWithoutAReferral() {
        onAPhoneAs(WITHOUT_A_REFERRAL);
        assertThat(page.locator("a[href='/my/referral']")).hasCount(0);
        page.locator("a[href='/my/referral#crisis-contacts']").click();

        assertThat(page.locator("main")).containsText("You do not have a referral for mental-health support at the moment.");
        assertCrisisContacts();
        assertThat(quickExit()).isVisible();
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-no-referral");
    }

    private void assertCrisisContacts() {
        Locator crisis = page.locator("#crisis-contacts");
        assertThat(crisis.locator("h2")).hasText("If waiting feels too hard");
        assertThat(crisis).containsText("call 999 or go to A&E");
        assertThat(crisis).containsText("choose the mental health option. Open 24 hours.");
        assertThat(crisis.locator("a[href='tel:116123']")).hasText("Call 116 123");
        assertThat(crisis.locator("a[href='sms:85258?body=SHOUT']")).hasText("Text SHOUT to 85258");
        assertThat(crisis.locator("a[href^='tel:']")).hasCount(4);
        assertThat(crisis.locator(".crisis-adviser")).containsText("your personal adviser");
        assertThat(crisis.locator(".crisis-adviser a[href^='mailto:']")).hasCount(1);
    }
}
