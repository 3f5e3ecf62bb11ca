package app.onward.offer;

import app.onward.graphql.UserError;
import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.WhatYouGet.Frequency;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a tenant admin sends to save the draft of the offer, and its reading into the model. A save is refused,
 * field by field, only for what cannot be stored as meant (an amount that is not money, an age range that ends
 * before it starts, two entitlements with the same key, two sections for the same area, text too long); what
 * is merely unfinished is saved and listed as a problem to fix before publishing ({@link EntitlementChecks}).
 */
public final class OfferDraftInputs {

    static final int LONGEST_TEXT = 2_000;

    private OfferDraftInputs() {
    }

    public record SaveOfferDraftInput(int rowVersion, String title, String introduction, List<OfferSectionInput> sections) {}

    public record OfferSectionInput(OfferArea area, String title, String introduction, List<EntitlementInput> entitlements) {}

    public record EntitlementInput(String key, String title, String summary, WhatYouGetInput whatYouGet,
                                   WhoQualifiesInput whoQualifies, HowToClaimInput howToClaim,
                                   NationalEntitlement nationalEntitlement, String legalBasis, LocalDate lastReviewedOn,
                                   LocalDate availableUntil) {}

    public record WhatYouGetInput(String description, String amount, Frequency frequency, Boolean upTo, String cap) {}

    public record WhoQualifiesInput(int fromAge, Integer fromDaysBefore, Integer untilAge, List<CareLeaverCategory> categories,
                                    List<CircumstanceRuleInput> circumstances) {}

    public record CircumstanceRuleInput(Circumstance circumstance, boolean required) {}

    public record HowToClaimInput(List<String> steps, List<String> proof, ContactInput contact) {}

    public record ContactInput(String name, String phone, String email, String web) {}

    /** The sections as the model holds them; {@code errors} gets what stops the save, with paths into the input. */
    public static List<NewSection> read(SaveOfferDraftInput input, List<UserError> errors) {
        text(errors, "title", input.title(), 200);
        text(errors, "introduction", input.introduction(), LONGEST_TEXT);
        List<NewSection> sections = new ArrayList<>();
        Set<OfferArea> areas = EnumSet.noneOf(OfferArea.class);
        Set<String> keys = new HashSet<>();
        List<OfferSectionInput> given = input.sections() == null ? List.of() : input.sections();
        for (int s = 0; s < given.size(); s++) {
            OfferSectionInput section = given.get(s);
            String at = "sections." + s;
            if (!areas.add(section.area())) {
                errors.add(UserError.invalid(at + ".area", "There is already a section for " + section.area().title()));
            }
            text(errors, at + ".title", section.title(), 200);
            text(errors, at + ".introduction", section.introduction(), LONGEST_TEXT);
            List<EntitlementContent> entitlements = new ArrayList<>();
            List<EntitlementInput> entitlementInputs = section.entitlements() == null ? List.of() : section.entitlements();
            for (int e = 0; e < entitlementInputs.size(); e++) {
                EntitlementInput entitlement = entitlementInputs.get(e);
                String path = at + ".entitlements." + e;
                if (entitlement.key() != null && !keys.add(entitlement.key())) {
                    errors.add(UserError.invalid(path + ".key", "Another entitlement already uses this key"));
                }
                entitlements.add(entitlement(entitlement, section.area(), path, errors));
            }
            sections.add(new NewSection(section.area(), blankToDefault(section.title(), section.area().title()),
                    section.introduction(), entitlements));
        }
        return sections;
    }

    private static EntitlementContent entitlement(EntitlementInput input, OfferArea area, String path, List<UserError> errors) {
        text(errors, path + ".title", input.title(), 200);
        text(errors, path + ".summary", input.summary(), LONGEST_TEXT);
        text(errors, path + ".legalBasis", input.legalBasis(), LONGEST_TEXT);
        return new EntitlementContent(input.key(), input.title(), input.summary(), area,
                whatYouGet(input.whatYouGet(), path + ".whatYouGet", errors),
                whoQualifies(input.whoQualifies(), path + ".whoQualifies", errors),
                howToClaim(input.howToClaim(), path + ".howToClaim", errors),
                input.nationalEntitlement(), input.legalBasis(), input.lastReviewedOn(), input.availableUntil());
    }

    private static WhatYouGet whatYouGet(WhatYouGetInput input, String path, List<UserError> errors) {
        if (input == null) {
            return null;
        }
        text(errors, path + ".description", input.description(), LONGEST_TEXT);
        text(errors, path + ".cap", input.cap(), 200);
        Money amount = null;
        if (input.amount() != null && !input.amount().isBlank()) {
            amount = Money.parse(input.amount()).orElse(null);
            if (amount == null) {
                errors.add(UserError.invalid(path + ".amount", "Enter an amount of money, like £3,000 or £12.50"));
            }
        }
        return new WhatYouGet(input.description(), amount, input.frequency(), Boolean.TRUE.equals(input.upTo()), input.cap());
    }

    private static WhoQualifies whoQualifies(WhoQualifiesInput input, String path, List<UserError> errors) {
        if (input == null) {
            return null;
        }
        int daysBefore = input.fromDaysBefore() == null ? 0 : input.fromDaysBefore();
        if (input.fromAge() < 0 || input.fromAge() > 30) {
            errors.add(UserError.invalid(path + ".fromAge", "Enter an age from 0 to 30"));
            return null;
        }
        if (daysBefore < 0 || daysBefore > 366) {
            errors.add(UserError.invalid(path + ".fromDaysBefore", "Enter a number of days from 0 to 366"));
            return null;
        }
        if (input.untilAge() != null && input.untilAge() <= input.fromAge()) {
            errors.add(UserError.invalid(path + ".untilAge", "The age it ends must be after the age it starts"));
            return null;
        }
        Map<Circumstance, Boolean> circumstances = new EnumMap<>(Circumstance.class);
        if (input.circumstances() != null) {
            for (CircumstanceRuleInput rule : input.circumstances()) {
                if (circumstances.put(rule.circumstance(), rule.required()) != null) {
                    errors.add(UserError.invalid(path + ".circumstances", "Each circumstance can be asked about once"));
                }
            }
        }
        return new WhoQualifies(new AgeRange(input.fromAge(), daysBefore, input.untilAge()),
                input.categories() == null || input.categories().isEmpty() ? Set.of() : EnumSet.copyOf(input.categories()),
                circumstances);
    }

    private static HowToClaim howToClaim(HowToClaimInput input, String path, List<UserError> errors) {
        if (input == null) {
            return null;
        }
        List<String> steps = input.steps() == null ? List.of() : input.steps();
        for (int i = 0; i < steps.size(); i++) {
            text(errors, path + ".steps." + i, steps.get(i), LONGEST_TEXT);
        }
        ContactInput contact = input.contact();
        return new HowToClaim(steps, input.proof(), contact == null ? null
                : new Contact(contact.name(), contact.phone(), contact.email(), contact.web()));
    }

    private static void text(List<UserError> errors, String field, String value, int longest) {
        if (value != null && value.length() > longest) {
            errors.add(UserError.tooLong(field, "this", longest));
        }
    }

    private static String blankToDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
