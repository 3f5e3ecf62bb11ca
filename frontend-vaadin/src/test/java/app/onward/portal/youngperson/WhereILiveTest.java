package app.onward.portal.youngperson;

import app.onward.portal.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Where I live and what I'm doing, on a phone, in the young person's words. */
class WhereILiveTest extends BrowserTest {

    @Test
    void shouldTellAYoungPersonWhereTheyLiveAndWhatTheyDoInPlainWords() {
        onAPhoneAs("northmoor.careleaver");
        page.locator("a[href='/my/where-i-live']").click();

        assertThat(page.locator("h1")).hasText("Where I live and what I’m doing");
        assertThat(page).hasTitle("Where I live – Onward");
        assertThat(page.locator(".my-now").first()).containsText("you have lived in a flat with support.");
        assertThat(page.locator(".my-now").first()).containsText("Where you lived before");
        assertThat(page.locator(".my-now").nth(1)).containsText("you have been studying full time.");
        assertThat(page.locator("main")).not().containsText("D1");
        assertThat(page.locator("main")).not().containsText("uitable");
        assertThat(quickExit()).isVisible();
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("young-person-where-i-live");
    }
}
