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
    void shouldShowAnAuthoritysPublishedOfferWithJavaScriptOff(String slug) {
        Offer offer = offers.latest(slug).orElseThrow();
        assertThat(offer.entitlements()).isNotEmpty();

        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/" + slug + "/offer"));

        assertThat(page.locator("h1")).containsText(offer.title());
        assertThat(page.locator("h1")).containsText(offer.authority().name());
        assertThat(page.locator(".onward-published")).containsText("Version " + offer.version());
        for (Entitlement entitlement : offer.entitlements()) {
            // Each entitlement can be linked to: the contents point at its own section.
            assertThat(page.locator("a[href='#" + entitlement.id() + "']")).hasText(entitlement.title());
            assertThat(page.locator("[id='" + entitlement.id() + "'] h2")).hasText(entitlement.title());
        }
        assertThat(page.locator("a[href='/" + slug + "/sign-in']")).hasCount(1);
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
