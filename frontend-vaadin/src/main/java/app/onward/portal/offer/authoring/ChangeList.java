package app.onward.portal.offer.authoring;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The differences between two versions of an offer, grouped by what they are about, each part before and after. */
class ChangeList extends Div {

    ChangeList(List<Change> changes) {
        addClassName("change-list");
        if (changes.isEmpty()) {
            add(new Paragraph("Nothing changes."));
            return;
        }
        Map<String, List<Change>> byLabel = new LinkedHashMap<>();
        changes.forEach(change -> byLabel.computeIfAbsent(change.label(), label -> new java.util.ArrayList<>()).add(change));
        byLabel.forEach((label, about) -> {
            var group = new Div(new H4(label));
            group.addClassName("change-group");
            var list = new DescriptionList();
            for (Change change : about) {
                String what = switch (change.kind()) {
                    case "ADDED" -> change.field() == null ? "New" : change.field() + " (new)";
                    case "REMOVED" -> change.field() == null ? "Taken out" : change.field() + " (taken out)";
                    case "MOVED" -> "Moved";
                    default -> change.field() == null ? "Changed" : change.field();
                };
                list.add(new DescriptionList.Term(what), new DescriptionList.Description(words(change)));
            }
            group.add(list);
            add(group);
        });
    }

    private static String words(Change change) {
        if (change.before() == null && change.after() == null) {
            return "";
        }
        if (change.before() == null) {
            return change.after();
        }
        if (change.after() == null) {
            return "Was: " + change.before();
        }
        return "Was: " + change.before() + " — now: " + change.after();
    }
}
