package app.onward.portal.youngperson;

import app.onward.portal.pathwayplan.InWords;
import app.onward.portal.pathwayplan.PlanModel.Action;
import app.onward.portal.pathwayplan.PlanModel.Goal;
import app.onward.portal.pathwayplan.PlanMatter;
import app.onward.portal.youngperson.MyModel.MyArrangement;
import app.onward.portal.youngperson.MyModel.MySection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** One part of a young person's plan in their words: what you told us, what we agreed, goals and actions. */
class PlanInPlainWords extends com.vaadin.flow.component.html.Section {

    /** @param arrangement staying put or staying close, shown in the accommodation part; null when none */
    PlanInPlainWords(MySection section, MyArrangement arrangement) {
        addClassName("my-plan-part");
        add(new H2(section.title()),
                labelled("What you told us", section.yourWords()),
                labelled("What we agreed", section.whatWeAgreed()));
        if (arrangement != null && section.matter() == PlanMatter.ACCOMMODATION) {
            add(new MyArrangementPart(arrangement, true));
        }
        for (Goal goal : section.goals()) {
            var actions = new UnorderedList();
            actions.addClassName("my-actions");
            goal.actions().forEach(action -> actions.add(new ListItem(action(action, null))));
            var block = new Div(new H3("Goal: " + goal.description()), actions);
            block.addClassName("my-goal");
            add(block);
        }
    }

    private static Div labelled(String label, String text) {
        var heading = new Paragraph(label);
        heading.addClassName("my-label");
        var body = new Paragraph(text == null || text.isBlank() ? "Nothing written here yet." : text);
        return new Div(heading, body);
    }

    /** One action: what, who, by when and whether it is done; {@code partTitle} says where in the plan it is from. */
    static Div action(Action action, String partTitle) {
        var what = new Paragraph(action.description());
        what.addClassName("my-action-what");
        var card = new Div(what);
        card.addClassName("my-action");
        if (partTitle != null) {
            var from = new Paragraph("Part of: " + partTitle);
            from.addClassName("hint");
            card.add(from);
        }
        card.add(new Paragraph("Who: " + action.who()));
        if (action.byWhen() != null) {
            card.add(new Paragraph("By: " + InWords.day(action.byWhen())));
        }
        var state = new Span(action.done() ? "Done" : action.overdue() ? "Late — not done yet" : "Not done yet");
        state.addClassNames("my-action-state", action.done() ? "done" : action.overdue() ? "late" : "to-do");
        card.add(state);
        return card;
    }
}
