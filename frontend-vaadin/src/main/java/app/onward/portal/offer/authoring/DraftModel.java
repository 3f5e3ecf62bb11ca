package app.onward.portal.offer.authoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The draft of an authority's next offer version as the backend's {@code offerDraft} gives it (offer.graphqls),
 * and what the editor sends back: {@code saveOfferDraft} takes the whole draft every time, so each edit is the
 * draft as read with one thing changed ({@link DraftEdits}).
 */
public final class DraftModel {

    private DraftModel() {
    }

    /**
     * @param version    the number it will be published as
     * @param rowVersion name it when saving or publishing: a save from an older one is refused
     * @param problems   what must be fixed before publishing, with paths into the save's input
     */
    public record Draft(int version, int rowVersion, String title, String introduction, List<Section> sections,
                        List<Problem> problems, List<Advice> advice) {

        /** The entitlement with this key, and where it is; null when there is none. */
        public Place find(String key) {
            for (int s = 0; s < sections.size(); s++) {
                List<Item> items = sections.get(s).entitlements();
                for (int e = 0; e < items.size(); e++) {
                    if (items.get(e).key().equals(key)) {
                        return new Place(s, e, items.get(e));
                    }
                }
            }
            return null;
        }

        public Section section(String area) {
            return sections.stream().filter(section -> section.area().equals(area)).findFirst().orElse(null);
        }

        /** The problems whose path starts with {@code prefix} ("sections.1.entitlements.0."), with the prefix taken off. */
        public List<Problem> problemsUnder(String prefix) {
            return problems.stream().filter(problem -> problem.field() != null && problem.field().startsWith(prefix))
                    .map(problem -> new Problem(problem.field().substring(prefix.length()), problem.message(), problem.code()))
                    .toList();
        }

        public List<Advice> adviceUnder(String prefix) {
            return advice.stream().filter(tip -> tip.field().startsWith(prefix)).toList();
        }
    }

    /** Where an entitlement sits in the draft: the indexes its problems' paths use. */
    public record Place(int section, int position, Item item) {

        public String path() {
            return "sections." + section + ".entitlements." + position + ".";
        }
    }

    public record Section(String area, String title, String introduction, List<Item> entitlements) {}

    /** One entitlement as the draft holds it: the fields to edit, and the words the young person will read. */
    public record Item(String key, String title, String summary, String area, WhatYouGet whatYouGet,
                       WhoQualifies whoQualifies, HowToClaim howToClaim, String nationalEntitlement, String legalBasis,
                       LocalDate lastReviewedOn, LocalDate availableUntil) {

        public boolean national() {
            return nationalEntitlement != null;
        }
    }

    public record WhatYouGet(String description, Money amount, String frequency, boolean upTo, String cap,
                             String amountInWords) {}

    public record Money(int pence, String text) {

        /** "3000.00": what the backend reads back as the same amount. */
        public String decimal() {
            return (pence / 100) + "." + String.format("%02d", pence % 100);
        }
    }

    public record WhoQualifies(int fromAge, int fromDaysBefore, Integer untilAge, List<String> categories,
                               List<Rule> circumstances, List<String> inWords) {}

    /** @param required whether the circumstance must be so (true) or must not be (false) */
    public record Rule(String circumstance, boolean required) {}

    public record HowToClaim(List<String> steps, List<String> proof, Contact contact) {}

    public record Contact(String name, String phone, String email, String web) {}

    /** @param field a path into the save's input ("sections.0.entitlements.2.howToClaim.steps"); "sections" for the whole offer */
    public record Problem(String field, String message, String code) {}

    public record Advice(String field, String kind, String excerpt, String suggestion) {}

    /** The version young people see now, and the keys it uses: a key once published stays the entitlement's address. */
    public record Live(int version, OffsetDateTime publishedAt, List<String> keys) {}

    // What saveOfferDraft takes (SaveOfferDraftInput). Dates as ISO text, amounts as typed.

    public record SaveInput(int rowVersion, String title, String introduction, List<SectionInput> sections) {}

    public record SectionInput(String area, String title, String introduction, List<EntitlementInput> entitlements) {}

    public record EntitlementInput(String key, String title, String summary, WhatYouGetInput whatYouGet,
                                   WhoQualifiesInput whoQualifies, HowToClaimInput howToClaim,
                                   String nationalEntitlement, String legalBasis, String lastReviewedOn,
                                   String availableUntil) {}

    public record WhatYouGetInput(String description, String amount, String frequency, Boolean upTo, String cap) {}

    public record WhoQualifiesInput(int fromAge, Integer fromDaysBefore, Integer untilAge, List<String> categories,
                                    List<Rule> circumstances) {}

    public record HowToClaimInput(List<String> steps, List<String> proof, Contact contact) {}

    /** What a save or a publish answered: the draft as it now is, or why not. */
    public record Outcome(Draft draft, List<Problem> userErrors) {

        public boolean conflict() {
            return userErrors.stream().anyMatch(error -> "CONFLICT".equals(error.code()));
        }
    }
}
