package app.onward.offer;

import app.onward.offer.OfferDifference.Kind;
import app.onward.offer.rules.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What changed from one version of an authority's offer to another, in the words a tenant admin reads, in the
 * order of the second: the offer's title and introduction, then section by section its own text and its
 * entitlements (added, moved in from another section, changed part by part, then those removed), then the sections
 * removed. Each part is put in the same words the public pages use ({@link WhatYouGet#amountInWords()},
 * {@link QualifyingInWords}), so an admin compares what young people read.
 * <p>
 * Sections are matched by area (one each per version). Entitlements are matched by key; where a side has no key (a
 * version published before the offer had sections) by title. Order is not content: reordering entitlements within a
 * section, or the sections themselves, is no difference; moving an entitlement to another section is {@code MOVED}.
 * Versions before sections have no sections to move from, so nothing of theirs is ever {@code MOVED}
 * (docs/decisions/0013-the-local-offer-and-its-rules.md).
 */
public final class OfferDifferences {

    public static final String THE_OFFER = "The offer";

    private static final List<Part> PARTS = List.of(
            new Part("Title", EntitlementContent::title),
            new Part("Summary", EntitlementContent::summary),
            new Part("What you get", content -> Optional.ofNullable(content.whatYouGet()).map(OfferDifferences::whatYouGet).orElse(null)),
            new Part("Who can get it", content -> Optional.ofNullable(content.whoQualifies()).map(QualifyingInWords::of).map(OfferDifferences::lines).orElse(null)),
            new Part("How to claim", content -> Optional.ofNullable(content.howToClaim()).map(claim -> steps(claim.steps())).orElse(null)),
            new Part("What to bring", content -> Optional.ofNullable(content.howToClaim()).map(claim -> lines(claim.proof())).orElse(null)),
            new Part("Who to contact", content -> Optional.ofNullable(content.howToClaim()).map(HowToClaim::contact).map(OfferDifferences::contact).orElse(null)),
            new Part("National entitlement", content -> Optional.ofNullable(content.national()).map(OfferDifferences::national).orElse(null)),
            new Part("Legal basis", EntitlementContent::legalBasis),
            new Part("Last reviewed", content -> date(content.lastReviewedOn())),
            new Part("Available until", content -> date(content.availableUntil())));

    private OfferDifferences() {
    }

    /** One part of an entitlement, as words to compare. */
    private record Part(String name, Function<EntitlementContent, String> words) {}

    /** An entitlement and the section it is in; null for versions before sections. */
    private record Placed(EntitlementContent content, OfferArea area) {}

    /**
     * From {@code before} to {@code after}; with {@code before} null (nothing published yet), everything in
     * {@code after} is {@code ADDED}.
     */
    public static List<OfferDifference> between(PublishedOffer before, PublishedOffer after) {
        List<OfferDifference> differences = new ArrayList<>();
        Kind textKind = before == null ? Kind.ADDED : Kind.CHANGED;
        compare(differences, textKind, null, null, THE_OFFER, "Title", before == null ? null : before.title(), after.title());
        compare(differences, textKind, null, null, THE_OFFER, "Introduction", before == null ? null : before.introduction(), after.introduction());

        List<Placed> was = placed(before);
        List<Placed> now = placed(after);
        List<Placed> removed = new ArrayList<>(was);
        Map<Placed, Placed> matched = match(removed, now);
        Map<OfferArea, PublishedOffer.Section> sectionsBefore = before == null ? Map.of() : before.sections().stream()
                .collect(Collectors.toMap(PublishedOffer.Section::area, Function.identity()));
        Map<OfferArea, PublishedOffer.Section> sectionsAfter = after.sections().stream()
                .collect(Collectors.toMap(PublishedOffer.Section::area, Function.identity()));

        for (PublishedOffer.Section section : after.sections()) {
            section(differences, sectionsBefore.get(section.area()), section);
            now.stream().filter(placed -> placed.area() == section.area()).forEach(placed ->
                    entitlement(differences, matched.get(placed), placed, sectionsBefore, sectionsAfter));
            removed(differences, removed, section.area());
        }
        now.stream().filter(placed -> placed.area() == null).forEach(placed ->
                entitlement(differences, matched.get(placed), placed, sectionsBefore, sectionsAfter));
        removed(differences, removed, null);
        if (before != null) {
            before.sections().stream().filter(section -> !sectionsAfter.containsKey(section.area())).forEach(section -> {
                differences.add(new OfferDifference(Kind.REMOVED, section.area(), null, section.title(), null,
                        plain(section.introduction()), null));
                removed(differences, removed, section.area());
            });
        }
        return differences;
    }

    private static void section(List<OfferDifference> differences, PublishedOffer.Section was, PublishedOffer.Section now) {
        if (was == null) {
            differences.add(new OfferDifference(Kind.ADDED, now.area(), null, now.title(), null, null, plain(now.introduction())));
            return;
        }
        compare(differences, Kind.CHANGED, now.area(), null, now.title(), "Title", was.title(), now.title());
        compare(differences, Kind.CHANGED, now.area(), null, now.title(), "Introduction", was.introduction(), now.introduction());
    }

    private static void entitlement(List<OfferDifference> differences, Placed was, Placed now,
                                    Map<OfferArea, PublishedOffer.Section> sectionsBefore,
                                    Map<OfferArea, PublishedOffer.Section> sectionsAfter) {
        EntitlementContent content = now.content();
        if (was == null) {
            differences.add(new OfferDifference(Kind.ADDED, now.area(), content.key(), content.title(), null, null,
                    plain(content.summary())));
            return;
        }
        String key = content.key() != null ? content.key() : was.content().key();
        if (was.area() != null && now.area() != null && was.area() != now.area()) {
            differences.add(new OfferDifference(Kind.MOVED, now.area(), key, content.title(), "Section",
                    sectionsBefore.get(was.area()).title(), sectionsAfter.get(now.area()).title()));
        }
        for (Part part : PARTS) {
            compare(differences, Kind.CHANGED, now.area(), key, content.title(), part.name(),
                    part.words().apply(was.content()), part.words().apply(content));
        }
    }

    private static void removed(List<OfferDifference> differences, List<Placed> removed, OfferArea area) {
        removed.stream().filter(placed -> placed.area() == area).forEach(placed -> differences.add(new OfferDifference(
                Kind.REMOVED, area, placed.content().key(), placed.content().title(), null, plain(placed.content().summary()), null)));
    }

    private static void compare(List<OfferDifference> differences, Kind kind, OfferArea area, String key, String label,
                                String field, String before, String after) {
        String was = plain(before);
        String now = plain(after);
        if (!Objects.equals(was, now)) {
            differences.add(new OfferDifference(kind, area, key, label, field, was, now));
        }
    }

    /** Every entitlement with its section, in reading order; those of a version before sections last, with none. */
    private static List<Placed> placed(PublishedOffer offer) {
        if (offer == null) {
            return List.of();
        }
        List<Placed> placed = new ArrayList<>();
        Set<PublishedOffer.Entitlement> inSections = new HashSet<>();
        for (PublishedOffer.Section section : offer.sections()) {
            section.entitlements().forEach(entitlement -> placed.add(new Placed(entitlement.content(), section.area())));
            inSections.addAll(section.entitlements());
        }
        offer.entitlements().stream().filter(entitlement -> !inSections.contains(entitlement))
                .forEach(entitlement -> placed.add(new Placed(entitlement.content(), null)));
        return placed;
    }

    /**
     * Each entitlement of {@code now} to the one it was: by key, or by title where either has no key. What is
     * matched is taken out of {@code unmatched}, leaving what was removed.
     */
    private static Map<Placed, Placed> match(List<Placed> unmatched, List<Placed> now) {
        Map<Placed, Placed> matched = new IdentityHashMap<>();
        for (Placed placed : now) {
            String key = placed.content().key();
            unmatched.stream().filter(old -> key != null && key.equals(old.content().key())).findFirst().ifPresent(old -> {
                matched.put(placed, old);
                unmatched.remove(old);
            });
        }
        for (Placed placed : now) {
            if (!matched.containsKey(placed)) {
                unmatched.stream().filter(old -> (placed.content().key() == null || old.content().key() == null)
                                && sameTitle(old.content(), placed.content()))
                        .findFirst().ifPresent(old -> {
                            matched.put(placed, old);
                            unmatched.remove(old);
                        });
            }
        }
        return matched;
    }

    private static boolean sameTitle(EntitlementContent one, EntitlementContent other) {
        return one.title() != null && other.title() != null && one.title().strip().equalsIgnoreCase(other.title().strip());
    }

    /** "Up to £1,200 a year", what it is, and "For 12 months": as the entitlement's page shows it. */
    static String whatYouGet(WhatYouGet what) {
        return lines(Stream.of(what.amountInWords(), what.description(), what.cap() == null ? null : "For " + what.cap()).toList());
    }

    static String steps(List<String> steps) {
        return lines(IntStream.range(0, steps.size()).mapToObj(step -> (step + 1) + ". " + steps.get(step)).toList());
    }

    static String contact(HowToClaim.Contact contact) {
        return lines(Stream.of(contact.name(), contact.phone() == null ? null : "Phone: " + contact.phone(),
                contact.email() == null ? null : "Email: " + contact.email(), contact.web()).toList());
    }

    /** SETTING_UP_HOME_ALLOWANCE: "Setting up home allowance". */
    static String national(NationalEntitlement national) {
        String words = national.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String date(LocalDate day) {
        return day == null ? null : Words.date(day);
    }

    /** Lines joined with line breaks; null when there are none. */
    private static String lines(List<String> lines) {
        return plain(lines.stream().map(OfferDifferences::plain).filter(Objects::nonNull).collect(Collectors.joining("\n")));
    }

    private static String plain(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
