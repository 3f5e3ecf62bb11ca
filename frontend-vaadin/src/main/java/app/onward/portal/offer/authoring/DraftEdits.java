package app.onward.portal.offer.authoring;

import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.EntitlementInput;
import app.onward.portal.offer.authoring.DraftModel.HowToClaimInput;
import app.onward.portal.offer.authoring.DraftModel.Item;
import app.onward.portal.offer.authoring.DraftModel.SaveInput;
import app.onward.portal.offer.authoring.DraftModel.Section;
import app.onward.portal.offer.authoring.DraftModel.SectionInput;
import app.onward.portal.offer.authoring.DraftModel.WhatYouGetInput;
import app.onward.portal.offer.authoring.DraftModel.WhoQualifiesInput;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The draft as read, with one change: what the editor sends to {@code saveOfferDraft}, which replaces the whole
 * draft. Because every change starts from the draft as last read, a save from a stale page is refused by the
 * backend (its row version) rather than overwriting someone else's work.
 */
final class DraftEdits {

    private DraftEdits() {
    }

    /** A save's input, and where in it the changed entitlement is (its problems' path prefix); null when none. */
    record Edit(SaveInput input, String path) {}

    /** The offer's and each section's own title and introduction, as edited. */
    record Texts(String title, String introduction, Map<String, SectionText> sections) {}

    record SectionText(String title, String introduction) {}

    static SaveInput unchanged(Draft draft) {
        return new SaveInput(draft.rowVersion(), draft.title(), draft.introduction(), sections(draft));
    }

    /** The offer's and its sections' own texts as edited; the entitlements as they are. */
    static SaveInput withTexts(SaveInput draft, Texts texts) {
        List<SectionInput> sections = draft.sections().stream().map(section -> {
            SectionText edited = texts.sections().get(section.area());
            return edited == null ? section
                    : new SectionInput(section.area(), edited.title(), edited.introduction(), section.entitlements());
        }).toList();
        return new SaveInput(draft.rowVersion(), texts.title(), texts.introduction(), sections);
    }

    /**
     * The entitlement saved as {@code edited} in the section for {@code area}: in its place when it stays in the same
     * section, at the end of the other section when it moves, at the end when it is new ({@code originalKey} null or
     * not in the draft). A section the draft does not have yet is added, named after its area.
     */
    static Edit withEntitlement(SaveInput draft, String originalKey, String area, EntitlementInput edited) {
        List<SectionInput> sections = new ArrayList<>(draft.sections());
        int[] place = originalKey == null ? null : find(draft, originalKey);
        if (place != null && sections.get(place[0]).area().equals(area)) {
            sections.set(place[0], replaced(sections.get(place[0]), items -> items.set(place[1], edited)));
            return new Edit(with(draft, sections), path(place[0], place[1]));
        }
        if (place != null) {
            sections.set(place[0], replaced(sections.get(place[0]), items -> items.remove(place[1])));
        }
        int target = indexOf(sections, area);
        if (target < 0) {
            target = placeFor(sections.stream().map(SectionInput::area).toList(), area);
            sections.add(target, new SectionInput(area, AuthoringWords.area(area), null, List.of()));
        }
        sections.set(target, replaced(sections.get(target), items -> items.add(edited)));
        return new Edit(with(draft, sections), path(target, sections.get(target).entitlements().size() - 1));
    }

    static SaveInput without(SaveInput draft, String key) {
        int[] place = Objects.requireNonNull(find(draft, key), key);
        List<SectionInput> sections = new ArrayList<>(draft.sections());
        sections.set(place[0], replaced(sections.get(place[0]), items -> items.remove(place[1])));
        return with(draft, sections);
    }

    /** One place earlier ({@code -1}) or later ({@code +1}) within its section; unchanged at either end. */
    static SaveInput moved(SaveInput draft, String key, int by) {
        int[] place = Objects.requireNonNull(find(draft, key), key);
        int to = place[1] + by;
        List<SectionInput> sections = new ArrayList<>(draft.sections());
        if (to >= 0 && to < sections.get(place[0]).entitlements().size()) {
            sections.set(place[0], replaced(sections.get(place[0]), items -> items.add(to, items.remove(place[1]))));
        }
        return with(draft, sections);
    }

    /**
     * Where a section for {@code area} goes among sections in the order {@code areas}: before the first whose area
     * comes after it in the usual order (AuthoringWords.AREAS), so a new part lands where a reader expects it.
     */
    static int placeFor(List<String> areas, String area) {
        List<String> usual = List.copyOf(AuthoringWords.AREAS.keySet());
        int rank = usual.indexOf(area);
        for (int i = 0; i < areas.size(); i++) {
            if (usual.indexOf(areas.get(i)) > rank) {
                return i;
            }
        }
        return areas.size();
    }

    static EntitlementInput input(Item item) {
        var got = item.whatYouGet();
        var who = item.whoQualifies();
        var claim = item.howToClaim();
        return new EntitlementInput(item.key(), item.title(), item.summary(),
                got == null ? null : new WhatYouGetInput(got.description(),
                        got.amount() == null ? null : got.amount().decimal(), got.frequency(), got.upTo(), got.cap()),
                who == null ? null : new WhoQualifiesInput(who.fromAge(), who.fromDaysBefore(), who.untilAge(),
                        who.categories(), who.circumstances()),
                claim == null ? null : new HowToClaimInput(claim.steps(), claim.proof(), claim.contact()),
                item.nationalEntitlement(), item.legalBasis(), iso(item.lastReviewedOn()), iso(item.availableUntil()));
    }

    /**
     * A new entitlement's key from its title: lower-case words joined by hyphens ("Free Wi-Fi at home" gives
     * "free-wi-fi-at-home"), made unique among {@code taken} with a number.
     */
    static String keyFor(String title, Collection<String> taken) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 50) {
            base = base.substring(0, 50).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "entitlement";
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static List<SectionInput> sections(Draft draft) {
        return draft.sections().stream().map(DraftEdits::input).toList();
    }

    private static SectionInput input(Section section) {
        return new SectionInput(section.area(), section.title(), section.introduction(),
                section.entitlements().stream().map(DraftEdits::input).toList());
    }

    private static SaveInput with(SaveInput draft, List<SectionInput> sections) {
        return new SaveInput(draft.rowVersion(), draft.title(), draft.introduction(), List.copyOf(sections));
    }

    private static SectionInput replaced(SectionInput section, Consumer<List<EntitlementInput>> change) {
        List<EntitlementInput> items = new ArrayList<>(section.entitlements());
        change.accept(items);
        return new SectionInput(section.area(), section.title(), section.introduction(), List.copyOf(items));
    }

    /** {section, position} of the entitlement with this key; null when there is none. */
    private static int[] find(SaveInput draft, String key) {
        for (int s = 0; s < draft.sections().size(); s++) {
            List<EntitlementInput> items = draft.sections().get(s).entitlements();
            for (int e = 0; e < items.size(); e++) {
                if (key.equals(items.get(e).key())) {
                    return new int[]{s, e};
                }
            }
        }
        return null;
    }

    private static String path(int section, int position) {
        return "sections." + section + ".entitlements." + position + ".";
    }

    private static int indexOf(List<SectionInput> sections, String area) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).area().equals(area)) {
                return i;
            }
        }
        return -1;
    }
}
