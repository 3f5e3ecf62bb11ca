package app.onward.portal.offer;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.AuthorityDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;

/**
 * The public pages: the authorities using Onward, and each one's published offer. Plain server-rendered HTML
 * that works without JavaScript, for a care leaver arriving from a search engine on a cheap phone (DESIGN.md,
 * "Pages").
 */
@Controller
class OfferPages {

    /**
     * An authority's address, which is never "staff": /staff/offer and what is under it are the staff portal's own
     * pages (the offer's editor and history, Vaadin views), which Vaadin gets only when no controller claims them.
     * Anything else is claimed here, so an address that cannot be an authority is this page's 404.
     */
    private static final String AUTHORITY = "/{slug:(?!staff$).+}";

    private final AuthorityDirectory authorities;
    private final PublishedOffers offers;
    private final URI quickExitUrl;

    OfferPages(AuthorityDirectory authorities, PublishedOffers offers, OnwardProperties properties) {
        this.authorities = authorities;
        this.offers = offers;
        this.quickExitUrl = properties.quickExitUrl();
    }

    @GetMapping("/")
    String authorities(Model model) {
        model.addAttribute("authorities", authorities.all());
        return "authorities";
    }

    @GetMapping(AUTHORITY + "/offer")
    String offer(@PathVariable String slug, Model model) {
        model.addAttribute("offer", offers.latest(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "offer";
    }

    /** One entitlement on a page of its own: everything needed to claim it, to link to and to print. */
    @GetMapping(AUTHORITY + "/offer/{key}")
    String entitlement(@PathVariable String slug, @PathVariable String key, Model model) {
        Offer offer = offers.latest(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("offer", offer);
        model.addAttribute("entitlement", offers.entitlement(slug, key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "entitlement";
    }
}
