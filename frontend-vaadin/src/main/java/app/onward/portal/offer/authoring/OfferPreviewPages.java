package app.onward.portal.offer.authoring;

import app.onward.portal.OnwardProperties;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.identity.Authority;
import app.onward.portal.offer.Entitlement;
import app.onward.portal.offer.Offer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The offer's draft as young people will see it once published: the public pages' own templates, filled from the
 * draft, marked as a preview, with links that stay in the preview. Only for the authority's tenant admins (the
 * security configuration, and the backend, which gives the draft to no one else); the editor shows it in a frame
 * at a phone's width.
 */
@Controller
class OfferPreviewPages {

    private static final String DRAFT = """
            query Preview {
              offerDraft {
                version title introduction
                sections { area title introduction entitlements { ...Shown } }
              }
            }
            fragment Shown on Entitlement {
              id key title summary
              whatYouGet { description amountInWords cap }
              whoQualifies { inWords }
              howToClaim { steps proof contact { name phone email web } }
              nationalEntitlement legalBasis lastReviewedOn availableUntil
            }""";

    private static final String AUTHORITY = "query Authority { me { authority { slug name signInIssuer } } }";

    private record DraftShown(int version, String title, String introduction, List<Offer.Section> sections) {}

    private record Me(Authority authority) {}

    private static final Logger log = LoggerFactory.getLogger(OfferPreviewPages.class);

    private final SignedInBackend backend;
    private final URI quickExitUrl;

    OfferPreviewPages(SignedInBackend backend, OnwardProperties properties) {
        this.backend = backend;
        this.quickExitUrl = properties.quickExitUrl();
    }

    @GetMapping("/staff/offer/preview")
    String offer(Model model) {
        model.addAttribute("offer", draft());
        model.addAttribute("preview", true);
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "offer";
    }

    @GetMapping("/staff/offer/preview/{key}")
    String entitlement(@PathVariable String key, Model model) {
        Offer offer = draft();
        model.addAttribute("offer", offer);
        model.addAttribute("entitlement", offer.entitlements().stream().filter(shown -> key.equals(shown.key())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("preview", true);
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "entitlement";
    }

    /** The draft as an offer; 404 when there is none, 403 when the backend refuses (not a tenant admin). */
    private Offer draft() {
        try {
            Authority authority = backend.fetch(AUTHORITY, Map.of(), "me", Me.class).map(Me::authority)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
            DraftShown draft = backend.fetch(DRAFT, Map.of(), "offerDraft", DraftShown.class)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            List<Entitlement> every = draft.sections().stream().flatMap(section -> section.entitlements().stream()).toList();
            return new Offer(authority, draft.version(), OffsetDateTime.now(), draft.title(), draft.introduction(),
                    draft.sections(), every);
        } catch (BackendException problem) {
            // The problem's code and message only: never the draft or the user.
            log.warn("The offer preview got no draft from the backend: {} ({})", problem.problem(), problem.getMessage());
            throw new ResponseStatusException(problem.problem() == BackendProblem.FORBIDDEN
                    ? HttpStatus.FORBIDDEN : HttpStatus.SERVICE_UNAVAILABLE);
        }
    }
}
