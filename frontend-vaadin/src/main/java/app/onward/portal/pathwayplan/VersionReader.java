package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Action;
import app.onward.portal.pathwayplan.PlanModel.Goal;
import app.onward.portal.pathwayplan.PlanModel.Section;
import app.onward.portal.pathwayplan.PlanModel.Version;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** One saved version, read-only: every matter with the young person's words, the assessment and the goals. */
class VersionReader extends Div {

    VersionReader(Version version) {
        addClassName("version-reader");
        add(new Paragraph("Saved " + InWords.dayAndTime(version.savedAt()) + " by " + version.author().name()
                + ". " + version.changeSummary()));
        for (Section section : version.sections()) {
            var matter = new Div(new H3(section.title()),
                    labelled("The young person's own words", section.youngPersonsWords()),
                    labelled("Assessment", section.assessment()));
            matter.addClassName("read-matter");
            if (!section.goals().isEmpty()) {
                matter.add(new H4("Goals and actions"), goals(section));
            }
            add(matter);
        }
    }

    private static Div labelled(String label, String text) {
        var heading = new Paragraph(label);
        heading.addClassName("read-label");
        var body = new Paragraph(text == null || text.isBlank() ? "Nothing written yet." : text);
        body.addClassName("read-body");
        return new Div(heading, body);
    }

    private static UnorderedList goals(Section section) {
        var list = new UnorderedList();
        for (Goal goal : section.goals()) {
            var actions = new UnorderedList();
            goal.actions().forEach(action -> actions.add(new ListItem(actionInWords(action))));
            list.add(new ListItem(new Paragraph(goal.description()), actions));
        }
        return list;
    }

    static String actionInWords(Action action) {
        return action.description() + " — " + action.who()
                + (action.byWhen() == null ? "" : ", by " + InWords.day(action.byWhen()))
                + (action.done() ? " (done)" : action.overdue() ? " (overdue)" : "");
    }
}
