package app.onward.offer.openreferral;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Optional;
import java.util.UUID;

/**
 * The Open Referral UK feed of an authority's published offer: public, read-only, one API stub per authority
 * ({@code /open-referral/{authority}}) with the endpoints HSDS 3.0 requires ({@code /}, {@code /services},
 * {@code /services/{id}}). Not GraphQL, because the standard is this REST API; it reads the offer through
 * {@code OfferService} like the public GraphQL queries (docs/decisions/0015-open-referral-uk-feed.md).
 * Every answer, refusals too, carries {@code Access-Control-Allow-Origin: *}, as the UK compliance rules ask.
 */
@RestController
@RequestMapping(path = "/open-referral/{authority}", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralController {

    /** The Open Referral UK default; more than this in one page is refused rather than served slowly. */
    static final int DEFAULT_PER_PAGE = 50;
    static final int MOST_PER_PAGE = 500;

    private final OpenReferralFeed feed;

    OpenReferralController(OpenReferralFeed feed) {
        this.feed = feed;
    }

    @GetMapping({"", "/"})
    ResponseEntity<?> details(@PathVariable String authority) {
        return found(feed.details(authority), "No authority publishes an offer at this address");
    }

    @GetMapping("/services")
    ResponseEntity<?> services(@PathVariable String authority,
                               @RequestParam(defaultValue = "1") int page,
                               @RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage) {
        if (page < 1 || perPage < 1 || perPage > MOST_PER_PAGE) {
            return problem(HttpStatus.BAD_REQUEST, "page must be 1 or more, and per_page from 1 to " + MOST_PER_PAGE);
        }
        return found(feed.services(authority).map(all -> OpenReferral.Page.of(all, page, perPage)),
                "No authority publishes an offer at this address");
    }

    @GetMapping("/services/{id}")
    ResponseEntity<?> service(@PathVariable String authority, @PathVariable String id) {
        Optional<UUID> uuid = uuid(id);
        return found(uuid.flatMap(serviceId -> feed.service(authority, serviceId)), "No such service in this authority's offer");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> notANumber(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName() + " must be a whole number");
    }

    private static ResponseEntity<?> found(Optional<?> body, String otherwise) {
        return body.<ResponseEntity<?>>map(value -> ResponseEntity.ok().header("Access-Control-Allow-Origin", "*").body(value))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, otherwise));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).header("Access-Control-Allow-Origin", "*")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
