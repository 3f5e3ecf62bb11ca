package app.onward.portal.offer;

import app.onward.portal.identity.Authority;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The two PDFs a care leaver can keep, print or hand to someone: an authority's offer as a leaflet, and what
 * the checker found for them. Each one says where its entitlements are on the web, so that a printed copy still
 * leads to how to claim.
 */
@Controller
class OfferPdfs {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final PublishedOffers offers;
    private final EntitlementChecks checks;
    private final PdfDocuments pdfs;
    private final Clock clock;

    OfferPdfs(PublishedOffers offers, EntitlementChecks checks, PdfDocuments pdfs, Clock clock) {
        this.offers = offers;
        this.checks = checks;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** The latest published offer, whole. Public, like the offer page, so it may be kept by caches a while. */
    @GetMapping("/" + Authority.SLUG_IN_PATH + "/offer.pdf")
    ResponseEntity<byte[]> leaflet(@PathVariable String slug) {
        Offer offer = offers.latest(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = pdfs.render("pdf-offer-leaflet", Map.of(
                "offer", offer,
                "addresses", addresses(offer.authority().slug())));
        return ResponseEntity.ok()
                .contentType(PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(offer.authority().slug() + "-offer-version-" + offer.version() + ".pdf").build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(pdf);
    }

    /**
     * What the checker found, from the answers the result page's form carries: asked of the backend again, put
     * in the PDF and forgotten. POST, like every step of the checker, so that the answers are in no address; the
     * PDF is kept by no cache and its name says nothing about the person. The answers themselves are not in it.
     */
    @PostMapping("/" + Authority.SLUG_IN_PATH + "/check/pdf")
    ResponseEntity<byte[]> whatICanGet(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form) {
        Checker checker = checks.checker(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CheckerAnswers answers = CheckerAnswers.from(form);
        // Only the result page has this button, and it carries answers already checked; a form altered since is
        // not worth explaining, nor answering.
        LocalDate today = LocalDate.now(clock.withZone(ENGLAND));
        for (CheckerQuestion question : checker.questions()) {
            if (AnswerError.of(question, answers, today).isPresent()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
        EntitlementCheck check = checks.check(checker, answers)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = pdfs.render("pdf-what-i-can-get", Map.of(
                "checker", checker,
                "check", check,
                "addresses", addresses(checker.authority().slug())));
        return ResponseEntity.ok()
                .contentType(PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("what-i-can-get-" + checker.authority().slug() + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /** The public addresses a printed page names, from the address this request came to (behind the proxy). */
    private static PublicAddresses addresses(String slug) {
        return new PublicAddresses(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), slug);
    }

    /** Where an authority's offer and each of its entitlements are on the web: "https://…/northmoor/offer/…". */
    public record PublicAddresses(String base, String slug) {

        public String offer() {
            return base + "/" + slug + "/offer";
        }

        public String entitlement(String key) {
            return offer() + "/" + key;
        }
    }
}
