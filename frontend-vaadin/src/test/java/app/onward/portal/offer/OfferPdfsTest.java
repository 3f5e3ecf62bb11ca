package app.onward.portal.offer;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two PDFs, read back with PDFBox: the offer as a leaflet, and what the checker found, downloaded from its
 * result page in a browser with JavaScript off, carrying the answers only in the form's body.
 */
class OfferPdfsTest extends BrowserTest {

    /** Twenty, and not near a birthday: every age rule is clear-cut (as in {@link CheckerPagesTest}). */
    private static final LocalDate TWENTY = LocalDate.now(ZoneId.of("Europe/London")).minusYears(20).minusDays(10);

    @Autowired
    PublishedOffers offers;

    @Test
    void shouldGiveTheLatestPublishedOfferAsALeafletWithEverythingNeededToClaim() throws IOException {
        Offer offer = offers.latest("northmoor").orElseThrow();
        APIResponse response = newPage().request().get(portal("/northmoor/offer.pdf"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(response.headers().get("cache-control")).contains("max-age=").doesNotContain("no-store");
        byte[] pdf = keep("northmoor-offer.pdf", response.body());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(offer.title() + " – Northmoor City Council");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();

            String text = textOf(document);
            assertThat(text).contains("Northmoor City Council", offer.title(), "Version " + offer.version() + ", published");
            assertThat(offer.sections()).isNotEmpty();
            for (Offer.Section section : offer.sections()) {
                assertThat(text).contains(section.title());
                for (Entitlement entitlement : section.entitlements()) {
                    assertThat(text).contains(oneLine(entitlement.title()), oneLine(entitlement.summary()));
                }
            }
            Entitlement councilTax = offer.sections().stream().flatMap(section -> section.entitlements().stream())
                    .filter(entitlement -> entitlement.key().equals("council-tax-exemption")).findFirst().orElseThrow();
            assertThat(text).contains("It is for care-experienced young people who:",
                    "are aged 18 to 24, up to their 25th birthday",
                    oneLine(councilTax.howToClaim().steps().getFirst()),
                    "Your tenancy agreement",
                    "0113 496 0100",
                    portal("/northmoor/offer/council-tax-exemption"));
        }
    }

    @Test
    void shouldAnswerALeafletForAnUnknownAuthorityWithPageNotFound() {
        assertThat(newPage().request().get(portal("/nowhere/offer.pdf")).status()).isEqualTo(404);
        assertThat(page.request().get(portal("/Not%20A%20Slug/offer.pdf")).status()).isEqualTo(404);
    }

    @Test
    void shouldLinkToTheLeafletFromTheOfferReadably() {
        // axe-core runs in the page: JavaScript on, for it alone.
        newPage().navigate(portal("/northmoor/offer"));

        Locator leaflet = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the offer as a PDF (leaflet)"));
        assertThat(leaflet).hasAttribute("href", "/northmoor/offer.pdf");
        assertThat(page.locator(".onward-published + .onward-leaflet")).hasCount(1);
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldDownloadWhatTheCheckerFoundAsAPdfWithoutTheAnswersInIt() throws IOException {
        reachTheResult(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        String checkedOn = oneLine(page.locator(".onward-checked").innerText());
        List<String> applies = page.locator(".onward-applies h3").allTextContents().stream().map(OfferPdfsTest::oneLine).toList();
        List<String> doesNotApply = page.locator(".onward-does-not-apply h3").allTextContents().stream().map(OfferPdfsTest::oneLine).toList();
        assertThat(applies).isNotEmpty();
        assertThat(doesNotApply).isNotEmpty();
        assertThat(page.locator(".onward-may-apply")).hasCount(0);

        List<Request> requests = new ArrayList<>();
        page.onRequest(requests::add);
        AtomicReference<Map<String, String>> headers = new AtomicReference<>();
        page.route("**/northmoor/check/pdf", route -> {
            APIResponse response = route.fetch();
            headers.set(response.headers());
            route.fulfill(new Route.FulfillOptions().setResponse(response));
        });
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as a PDF")).click());

        assertThat(download.url()).isEqualTo(portal("/northmoor/check/pdf")).doesNotContain("?");
        assertThat(download.suggestedFilename()).isEqualTo("what-i-can-get-northmoor.pdf");
        assertThat(headers.get().get("content-type")).isEqualTo("application/pdf");
        assertThat(headers.get().get("cache-control")).contains("no-store");
        assertThat(headers.get().get("content-disposition")).isEqualTo("attachment; filename=\"what-i-can-get-northmoor.pdf\"");
        // The answers went in the body of a POST, as on every step of the checker.
        Request sent = requests.stream().filter(request -> request.url().endsWith("/check/pdf")).findFirst().orElseThrow();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.postData()).contains("year=" + TWENTY.getYear());

        byte[] pdf = keep("what-i-can-get-northmoor.pdf", Files.readAllBytes(download.path()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = textOf(document);
            assertThat(text).contains("Northmoor City Council", "What I'm entitled to", checkedOn,
                    "Talk to your personal adviser");
            assertThat(checkedOn).startsWith("Checked on ").contains(" against version ");

            int canGet = text.indexOf("You can get");
            int notForYou = text.indexOf("Not for you at the moment");
            int adviser = text.indexOf("Talk to your personal adviser", notForYou);
            assertThat(canGet).isPositive().isLessThan(notForYou);
            assertThat(notForYou).isLessThan(adviser);
            assertThat(text).doesNotContain("You may be able to get");
            for (String title : applies) {
                assertThat(text.substring(canGet, notForYou)).as("under You can get").contains(title);
            }
            for (String title : doesNotApply) {
                assertThat(text.substring(notForYou, adviser)).as("under Not for you at the moment").contains(title);
            }
            assertThat(text.substring(notForYou, adviser))
                    .contains("This is for care-experienced young people who are at university or in other higher education.");
            assertThat(text).contains("£3,000", "You can get this until "
                    + TWENTY.plusYears(25).minusDays(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            assertThat(text).contains(portal("/northmoor/offer/council-tax-exemption"));

            // Not the date of birth, in any form it was typed or could be written, nor any other answer.
            String details = String.join(" ", text, String.valueOf(document.getDocumentInformation().getTitle()),
                    String.valueOf(document.getDocumentInformation().getSubject()),
                    String.valueOf(document.getDocumentInformation().getKeywords()),
                    document.getDocumentCatalog().getMetadata() == null ? ""
                            : new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            assertThat(details).doesNotContain(String.valueOf(TWENTY.getYear()),
                    TWENTY.format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK)),
                    TWENTY.format(DateTimeFormatter.ofPattern("d/M/yy")), TWENTY.toString(),
                    "FORMER_RELEVANT", "18 or over and was in care", "moving into a home of my own");
        }
    }

    @Test
    void shouldOfferThePdfOnTheResultPageReadably() {
        reachTheResult(new Browser.NewContextOptions());

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as a PDF"))).isVisible();
        assertNoSeriousAccessibilityProblems();
    }

    private void reachTheResult(Browser.NewContextOptions options) {
        newPage(options).navigate(portal("/northmoor/check"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        page.getByLabel("Day").fill(String.valueOf(TWENTY.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(TWENTY.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(TWENTY.getYear()));
        continueOn();
        page.getByLabel("I'm 18 or over and was in care at 16 or 17").check();
        continueOn();
        page.getByLabel("None of these").check();
        continueOn();
        page.getByLabel("I'm moving into a home of my own").check();
        continueOn();
        assertThat(page.locator("h1")).containsText("What you can get");
    }

    private void continueOn() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    /** Beside the screenshots (target/screenshots), for people to look at. */
    private static byte[] keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name), pdf);
        return pdf;
    }

    /** The PDF's text with every run of white space (a line or page break) as one space. */
    private static String textOf(PDDocument document) throws IOException {
        return oneLine(new PDFTextStripper().getText(document));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
