package app.onward.offer;

import app.onward.audit.AuditLog;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.offer.OfferDraftInputs.SaveOfferDraftInput;
import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.tenant.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant admin's work on the next version of the authority's offer: one draft at a time, saved whole, and
 * published when nothing stops it (docs/decisions/0013-the-local-offer-and-its-rules.md). A save or a publish
 * names the draft's row version; if someone saved since, nothing is written and the second person is told what
 * differs.
 */
@Service
public class OfferDrafts {

    static final String STARTER_TITLE = "Our offer to care-experienced young people";
    static final String STARTER_INTRODUCTION = "Everything we give you as your corporate parent, and how to claim it.";

    private final OfferRepository offers;
    private final AuditLog audit;

    OfferDrafts(OfferRepository offers, AuditLog audit) {
        this.offers = offers;
        this.audit = audit;
    }

    /** A draft as a tenant admin sees it: what it will publish, and what must be fixed first. */
    public record DraftView(PublishedOffer offer, int rowVersion, List<UserError> problems, List<FieldAdvice> advice) {}

    public record FieldAdvice(String field, PlainEnglish.Advice advice) {}

    public record Result(DraftView draft, List<UserError> userErrors) {}

    public record Published(PublishedOffer offer, List<UserError> userErrors) {}

    /** Repeatable read: the draft's three statements see one moment, even while someone saves it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<DraftView> draft() {
        Tenant authority = requireAdmin();
        return offers.draft(authority, false).map(OfferDrafts::view);
    }

    /** The draft there is, or a new one from the latest published version (the starter offer if none). */
    @Transactional
    public Result start() {
        Tenant authority = requireAdmin();
        if (offers.draft(authority, true).isEmpty()) {
            Optional<PublishedOffer> latest = offers.latestPublished(authority).filter(offer -> !offer.sections().isEmpty());
            offers.startDraft(latest.map(PublishedOffer::title).orElse(STARTER_TITLE),
                    latest.map(PublishedOffer::introduction).orElse(STARTER_INTRODUCTION),
                    latest.map(OfferDrafts::sections).orElseGet(() -> NewSection.byArea(StarterOffer.entitlements())));
            audit.record("START_OFFER_DRAFT", "OfferVersion", null, null, Map.of("from", latest.map(o -> "version " + o.version()).orElse("starter offer")));
        }
        return new Result(offers.draft(authority, true).map(OfferDrafts::view)
                .orElseThrow(() -> new IllegalStateException("Another admin is starting the draft")), List.of());
    }

    @Transactional
    public Result save(SaveOfferDraftInput input) {
        Tenant authority = requireAdmin();
        Optional<OfferRepository.Draft> current = offers.draft(authority, true);
        if (current.isEmpty()) {
            return new Result(null, List.of(UserError.notFound(null, "There is no draft to save: start one first")));
        }
        List<UserError> errors = new ArrayList<>();
        List<NewSection> sections = OfferDraftInputs.read(input, errors);
        if (!errors.isEmpty()) {
            return new Result(view(current.get()), errors);
        }
        if (!offers.saveDraft(input.rowVersion(), input.title(), input.introduction(), sections)) {
            return new Result(view(current.get()), List.of(conflict(current.get(), input, sections)));
        }
        audit.record("SAVE_OFFER_DRAFT", "OfferVersion", null, Map.of("rowVersion", input.rowVersion()),
                Map.of("rowVersion", input.rowVersion() + 1));
        return new Result(offers.draft(authority, true).map(OfferDrafts::view).orElseThrow(), List.of());
    }

    /** Publishes the draft as it is stored, if it is still at {@code rowVersion} and nothing stops it. */
    @Transactional
    public Published publish(int rowVersion, String subject) {
        Tenant authority = requireAdmin();
        Optional<OfferRepository.Draft> current = offers.draft(authority, true);
        if (current.isEmpty()) {
            return new Published(null, List.of(UserError.notFound(null, "There is no draft to publish")));
        }
        DraftView view = view(current.get());
        if (current.get().rowVersion() != rowVersion) {
            return new Published(null, List.of(UserError.conflict("Someone saved the draft after you last opened it. "
                    + "Nothing was published: read it again, then publish.")));
        }
        if (!view.problems().isEmpty()) {
            return new Published(null, view.problems());
        }
        Optional<Integer> version = offers.publishDraft(rowVersion, subject);
        if (version.isEmpty()) {
            return new Published(null, List.of(UserError.conflict("Someone saved the draft as you published it. "
                    + "Nothing was published: read it again, then publish.")));
        }
        audit.record("PUBLISH_OFFER", "OfferVersion", null, null, Map.of("version", version.get()));
        return new Published(offers.publishedVersion(authority, version.get()).orElseThrow(), List.of());
    }

    /** What publishing the draft would change, against the latest published version (everything is added when none). */
    @Transactional(readOnly = true)
    public List<OfferDifference> changes(DraftView draft) {
        Tenant authority = requireAdmin();
        return OfferDifferences.between(offers.latestPublished(authority).orElse(null), draft.offer());
    }

    private static DraftView view(OfferRepository.Draft draft) {
        List<UserError> problems = new ArrayList<>();
        List<FieldAdvice> advice = new ArrayList<>();
        if (draft.offer().sections().stream().allMatch(section -> section.entitlements().isEmpty())) {
            problems.add(UserError.required("sections", "at least one entitlement"));
        }
        Set<NationalEntitlement> included = draft.offer().entitlements().stream()
                .map(entitlement -> entitlement.content().national()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NationalEntitlement.class)));
        StarterOffer.entitlements().stream().filter(national -> !included.contains(national.national()))
                .forEach(missing -> problems.add(new UserError("sections", "Put back “" + missing.title()
                        + "”: the law gives it to every care leaver, so every offer must include it", "REQUIRED")));
        List<PublishedOffer.Section> sections = draft.offer().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<PublishedOffer.Entitlement> entitlements = sections.get(s).entitlements();
            for (int e = 0; e < entitlements.size(); e++) {
                String at = "sections." + s + ".entitlements." + e + ".";
                EntitlementContent content = entitlements.get(e).content();
                EntitlementChecks.beforePublishing(content).forEach(problem ->
                        problems.add(new UserError(at + problem.field(), problem.message(), problem.code())));
                PlainEnglish.adviceOn(content.summary()).forEach(tip -> advice.add(new FieldAdvice(at + "summary", tip)));
            }
        }
        return new DraftView(draft.offer(), draft.rowVersion(), problems, advice);
    }

    /** What differs between what was sent and the draft as someone else saved it, said as OfferDifferences says it. */
    private static UserError conflict(OfferRepository.Draft saved, SaveOfferDraftInput input, List<NewSection> sent) {
        PublishedOffer theirs = saved.offer();
        List<PublishedOffer.Section> sections = sent.stream().map(section -> new PublishedOffer.Section(section.area(),
                section.title(), section.introduction(), section.entitlements().stream()
                        .map(content -> new PublishedOffer.Entitlement(null, content)).toList())).toList();
        PublishedOffer yours = new PublishedOffer(theirs.authority(), theirs.version(), null, input.title(),
                input.introduction(), sections, sections.stream().flatMap(section -> section.entitlements().stream()).toList());
        List<String> differences = inWords(OfferDifferences.between(theirs, yours));
        return UserError.conflict("Someone else saved this draft after you opened it, so yours was not saved and "
                + "nothing was overwritten. " + (differences.isEmpty() ? "Yours and theirs are now the same."
                : "Compared with theirs: " + String.join("; ", differences) + ".") + " Keep a copy of your changes, read the draft again, then make them again.");
    }

    /** One phrase per thing that differs: "\"Free Wi-Fi\" is only in yours", "\"Free Wi-Fi\" differs (summary, what you get)". */
    private static List<String> inWords(List<OfferDifference> differences) {
        Map<List<Object>, List<OfferDifference>> byThing = differences.stream().collect(Collectors.groupingBy(
                difference -> Arrays.asList(difference.area(), difference.entitlementKey(), difference.label()),
                LinkedHashMap::new, Collectors.toList()));
        return byThing.values().stream().map(same -> {
            OfferDifference first = same.getFirst();
            String thing = first.area() == null && first.entitlementKey() == null ? "the offer" : "\"" + first.label() + "\"";
            if (first.field() == null) {
                return thing + (first.kind() == OfferDifference.Kind.ADDED ? " is only in yours" : " is only in the saved draft");
            }
            return thing + " differs (" + same.stream().map(difference -> difference.field().toLowerCase(Locale.UK))
                    .collect(Collectors.joining(", ")) + ")";
        }).toList();
    }

    private static List<NewSection> sections(PublishedOffer offer) {
        return offer.sections().stream().map(section -> new NewSection(section.area(), section.title(), section.introduction(),
                section.entitlements().stream().map(PublishedOffer.Entitlement::content).toList())).toList();
    }

    private static Tenant requireAdmin() {
        return CurrentUser.requireInAuthority("Only a tenant admin may edit the authority's offer", OnwardRole.TENANT_ADMIN)
                .tenant().orElseThrow();
    }
}
