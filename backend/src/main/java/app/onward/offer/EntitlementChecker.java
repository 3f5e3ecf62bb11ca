package app.onward.offer;

import app.onward.clock.Today;
import app.onward.offer.rules.Assessment;
import app.onward.offer.rules.Eligibility;
import app.onward.offer.rules.Fact;
import app.onward.offer.rules.Facts;
import app.onward.offer.rules.Questions;
import app.onward.offer.rules.Unmet;
import app.onward.offer.rules.Verdict;
import app.onward.offer.rules.WhoQualifies;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entitlement checker: which entitlements of an authority's latest published offer apply to a young person,
 * from answers they give. The answers are used for this one evaluation and never stored, cached or logged
 * (issue 4; docs/decisions/0013-the-local-offer-and-its-rules.md).
 */
@Service
public class EntitlementChecker {

    /** The evaluation of every entitlement against the answers, per authority; the answers are never in it. */
    static final String EVALUATION = "onward.checker.evaluation";

    private final OfferService offers;
    private final Today today;
    private final Meter.MeterProvider<Timer> evaluations;

    EntitlementChecker(OfferService offers, Today today, MeterRegistry meters) {
        this.offers = offers;
        this.today = today;
        // Percentiles over the last two minutes or so, for the offer benchmark (docs/performance.md) and for anyone
        // watching the checker in service; computed only when read.
        this.evaluations = Timer.builder(EVALUATION)
                .description("Evaluating every entitlement of an offer against one young person's answers")
                .publishPercentiles(0.5, 0.9, 0.99, 0.999)
                .percentilePrecision(2)
                .withRegistry(meters);
    }

    public record Result(PublishedOffer.Entitlement entitlement, Verdict verdict, List<String> reasons, List<String> toCheck,
                         LocalDate from, LocalDate until) {}

    public record Check(PublishedOffer offer, LocalDate checkedOn, List<Result> results) {

        public List<Result> with(Verdict verdict) {
            return results.stream().filter(result -> result.verdict() == verdict).toList();
        }
    }

    /** The pages the checker asks for this authority's offer; empty when it has published none. */
    public List<CheckerPage.Asked> questions(String authority) {
        return offers.publishedOffer(authority).map(offer -> CheckerPage.toAsk(Questions.needed(rules(offer)))).orElse(List.of());
    }

    /** The pages still to ask once the facts already known are taken away (for a signed-in young person). */
    public List<CheckerPage.Asked> questions(String authority, Facts known) {
        return offers.publishedOffer(authority).map(offer -> {
            List<Fact> needed = new java.util.ArrayList<>(Questions.needed(rules(offer)));
            needed.removeIf(fact -> switch (fact) {
                case DATE_OF_BIRTH -> known.dateOfBirth() != null;
                case CATEGORY -> known.category() != null;
                default -> known.circumstance(fact.circumstance()) != null;
            });
            return CheckerPage.toAsk(needed);
        }).orElse(List.of());
    }

    /** Every entitlement with rules, assessed against the facts as of today (England). */
    public Optional<Check> check(String authority, Facts answers) {
        LocalDate on = today.date();
        Facts facts = new Facts(on, answers.dateOfBirth(), answers.age(), answers.category(), answers.circumstances());
        return offers.publishedOffer(authority).map(offer -> new Check(offer, on,
                evaluations.withTag("authority", offer.authority().slug()).record(() -> assess(offer, facts))));
    }

    private static List<Result> assess(PublishedOffer offer, Facts facts) {
        return offer.entitlements().stream()
                .filter(entitlement -> entitlement.whoQualifies() != null)
                .map(entitlement -> result(entitlement, Eligibility.assess(entitlement.whoQualifies(), facts)))
                .toList();
    }

    private static Result result(PublishedOffer.Entitlement entitlement, Assessment assessment) {
        return new Result(entitlement, assessment.verdict(), assessment.unmet().stream().map(Unmet::explain).toList(),
                assessment.toCheck().stream().map(EntitlementChecker::toCheck).toList(), assessment.from(), assessment.until());
    }

    private static List<WhoQualifies> rules(PublishedOffer offer) {
        return offer.entitlements().stream().map(PublishedOffer.Entitlement::whoQualifies).filter(Objects::nonNull).toList();
    }

    /** What is still to check, in words addressed to the young person. */
    static String toCheck(Fact fact) {
        return switch (fact) {
            case DATE_OF_BIRTH -> "Your date of birth";
            case CATEGORY -> "Whether you were in care at 16 or 17 (your personal adviser can tell you)";
            default -> "Whether you " + fact.circumstance().who(true).replace("their", "your");
        };
    }
}
