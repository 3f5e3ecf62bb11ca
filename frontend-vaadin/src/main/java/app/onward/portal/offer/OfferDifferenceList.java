package app.onward.portal.offer;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What changed between two versions of an authority's offer (the backend's {@code OfferDifference}s, in its reading
 * order), grouped by what each is about: the offer, a section, an entitlement. A whole thing added or removed says so
 * with its summary; a changed one lists each changed part with how it read before and after, as a summary list. For
 * the offer's history and for the editor's "what publishing changes".
 */
@StyleSheet("offer-history.css")
public class OfferDifferenceList extends Div {

    /** One difference, as the backend's {@code OfferDifference} type gives it. */
    public record Difference(Kind kind, String area, String entitlementKey, String label, String field, String before,
                             String after) {

        public enum Kind {
            ADDED("Added"), REMOVED("Removed"), CHANGED("Changed"), MOVED("Moved");

            private final String words;

            Kind(String words) {
                this.words = words;
            }

            public String words() {
                return words;
            }
        }
    }

    /** Each changed part read as "Before" and "After". */
    public OfferDifferenceList(List<Difference> differences) {
        this(differences, "Before", "After");
    }

    /** Each changed part read under these names: "Version 2" and "Version 3", "Live now" and "Your draft". */
    public OfferDifferenceList(List<Difference> differences, String beforeName, String afterName) {
        addClassName("offer-differences");
        if (differences.isEmpty()) {
            add(new Paragraph("Nothing changed."));
            return;
        }
        Map<List<String>, List<Difference>> byThing = differences.stream().collect(Collectors.groupingBy(
                difference -> Arrays.asList(difference.area(), difference.entitlementKey(), difference.label()),
                LinkedHashMap::new, Collectors.toList()));
        byThing.values().forEach(same -> add(thing(same, beforeName, afterName)));
    }

    private static Section thing(List<Difference> same, String beforeName, String afterName) {
        Difference first = same.getFirst();
        var heading = new H3(first.label());
        heading.addClassName("offer-difference-heading");
        same.stream().map(Difference::kind).distinct().forEach(kind -> heading.add(tag(kind)));
        var thing = new Section(heading);
        thing.addClassName("offer-difference");
        thing.getElement().setAttribute("data-kind", first.kind().name());
        if (first.entitlementKey() == null && first.area() != null) {
            var what = new Paragraph("A section of the offer");
            what.addClassName("offer-difference-what");
            thing.add(what);
        }
        if (first.field() == null) {
            String text = first.kind() == Difference.Kind.REMOVED ? first.before() : first.after();
            if (text != null) {
                var summary = new Paragraph(text);
                summary.addClassName("offer-difference-summary");
                thing.add(summary);
            }
            return thing;
        }
        var parts = new DescriptionList();
        parts.addClassName("summary-list");
        same.forEach(difference -> parts.add(part(difference, beforeName, afterName)));
        thing.add(parts);
        return thing;
    }

    private static Div part(Difference difference, String beforeName, String afterName) {
        var row = new Div(new Term(difference.field()),
                side(beforeName, difference.before(), "before"), side(afterName, difference.after(), "after"));
        row.addClassName("summary-list__row");
        return row;
    }

    private static Description side(String name, String text, String className) {
        var label = new Span(name);
        label.addClassName("summary-list__side-name");
        var body = new Span(text == null ? "(none)" : text);
        body.addClassName(text == null ? "summary-list__none" : "summary-list__text");
        var side = new Description(label, body);
        side.addClassNames("summary-list__value", className);
        return side;
    }

    private static Span tag(Difference.Kind kind) {
        var tag = new Span(kind.words());
        tag.addClassNames("tag", "tag--" + kind.name().toLowerCase(Locale.UK));
        return tag;
    }
}
