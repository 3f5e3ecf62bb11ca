package app.onward.portal.offer;

import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The public pages, as a care leaver arriving from a search engine sees them: plain HTML, JavaScript off. */
class PublicOfferPagesTest extends BrowserTest {

    @Autowired
    AuthorityDirectory authorities;

    @Autowired
    PublishedOffers offers;

    @Test
    void shouldListEveryAuthorityWithItsOfferAndItsSignIn() {
        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/"));

        assertThat(page.locator("h1")).hasCount(1);
        assertThat(authorities.all()).extracting("slug").contains("northmoor", "wealdshire");
        for (var authority : authorities.all()) {
            assertThat(page.locator("a[href='/" + authority.slug() + "/offer']")).containsText(authority.name());
            assertThat(page.locator("a[href='/" + authority.slug() + "/sign-in']")).hasCount(1);
        }
    }

    @Test
    void shouldListAuthoritiesReadably() {
        newPage().navigate(portal("/"));

        assertNoSeriousAccessibilityProblems();
        takeScreenshots("authorities");
    }

    @ParameterizedTest
    @ValueSource(strings = {"northmoor", "wealdshire"})
    void shouldShowAnAuthoritysPublishedOfferInSectionsWithJavaScriptOff(String slug) {
        Offer offer = offers.latest(slug).orElseThrow();
        assertThat(offer.sections()).isNotEmpty();

        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/" + slug + "/offer"));

        assertThat(page.locator("h1")).containsText(offer.title());
        assertThat(page.locator("h1")).containsText(offer.authority().name());
        assertThat(page.locator(".onward-published")).containsText("Version " + offer.version());
        for (Offer.Section section : offer.sections()) {
            assertThat(page.locator("a[href='#" + section.anchor() + "']")).hasText(section.title());
            assertThat(page.locator("[id='" + section.anchor() + "'] h2")).hasText(section.title());
            for (Entitlement entitlement : section.entitlements()) {
                // Each entitlement has a page of its own to link to, from the offer and from anywhere else.
                assertThat(page.locator("[id='" + section.anchor() + "'] [id='" + entitlement.key() + "'] h3")).hasText(entitlement.title());
                assertThat(page.locator("a[href='/" + slug + "/offer/" + entitlement.key() + "']")).hasText(entitlement.title() + ": who can get it and how to claim");
            }
        }
        assertThat(page.locator("a[href='/" + slug + "/sign-in']")).hasCount(1);
    }

    @Test
    void shouldShowEverythingNeededToClaimAnEntitlementOnItsOwnPageWithJavaScriptOff() {
        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/northmoor/offer"));
        page.locator("a[href='/northmoor/offer/council-tax-exemption']").click();

        assertThat(page).hasURL(portal("/northmoor/offer/council-tax-exemption"));
        assertThat(page.locator("h1")).containsText("No council tax until you are 25");
        assertThat(page.locator(".onward-who-qualifies li")).containsText(new String[]{
                "are aged 18 to 24, up to their 25th birthday",
                "are 18 or over and were in care at 16 or 17",
                "live in the council's area"});
        assertThat(page.locator(".onward-steps li")).hasCount(2);
        assertThat(page.locator(".onward-proof li")).hasText("Your tenancy agreement");
        assertThat(page.locator(".onward-contact a[href='tel:01134960100']")).hasText("0113 496 0100");
        assertThat(page.locator(".govuk-tag")).hasText("Local offer");
        assertThat(page.locator(".onward-published")).containsText("Last checked 1 October 2026");

        page.locator(".govuk-back-link").click();
        assertThat(page).hasURL(portal("/northmoor/offer#council-tax-exemption"));
    }

    @Test
    void shouldShowANationalEntitlementsAmountAndWhereItComesFrom() {
        newPage().navigate(portal("/wealdshire/offer/setting-up-home-allowance"));

        assertThat(page.locator(".onward-what-you-get")).containsText("£3,500");
        assertThat(page.locator(".govuk-tag")).hasText("The law");
        assertThat(page.locator("main")).containsText("Every council in England must give you this.");
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldShowAnEntitlementPageReadablyAndPrintably() {
        newPage().navigate(portal("/northmoor/offer/council-tax-exemption"));

        assertNoSeriousAccessibilityProblems();
        takeScreenshots("northmoor-council-tax-exemption");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".onward-quick-exit")).isHidden();
        assertThat(page.locator(".govuk-back-link")).isHidden();
        assertThat(page.locator(".onward-steps")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/northmoor-council-tax-exemption-print.png"))
                .setFullPage(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/northmoor/offer/no-such-thing", "/northmoor/offer/council-tax-help", "/northmoor/offer/Not%20A%20Key",
            "/nowhere/offer/council-tax-exemption"})
    void shouldAnswerAnUnknownEntitlementWithPageNotFound(String path) {
        var response = newPage().navigate(portal(path));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void shouldShowAnOfferReadablyAndPrintably() {
        newPage().navigate(portal("/northmoor/offer"));

        assertNoSeriousAccessibilityProblems();
        takeScreenshots("northmoor-offer");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".onward-quick-exit")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/northmoor-offer-print.png"))
                .setFullPage(true));
    }

    @Test
    void shouldAnswerAnUnknownAuthorityWithPageNotFound() {
        var response = newPage().navigate(portal("/nowhere/offer"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }
}
