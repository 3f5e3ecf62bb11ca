package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Conflict;
import app.onward.portal.pathwayplan.PlanModel.Version;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A save refused because someone else saved first: who saved which version, what they changed since the version
 * this person started from, and two ways on. Loading the latest version keeps this person's text beside each field
 * to copy from; saving anyway makes their text the next version (the other person's stays in the history).
 * Nothing is lost either way.
 */
class PlanConflictNotice extends Div {

    PlanConflictNotice(Conflict conflict, Runnable loadLatest, Runnable saveAnyway) {
        addClassName("plan-conflict");
        Version theirs = conflict.currentVersion();
        var buttons = new Div();
        var load = new Button("Load version " + theirs.number() + " and show my text beside it", click -> {
            buttons.setVisible(false);
            loadLatest.run();
        });
        load.addThemeVariants(ButtonVariant.PRIMARY);
        var save = new Button("Save my text as version " + (theirs.number() + 1) + " anyway", click -> {
            buttons.setVisible(false);
            saveAnyway.run();
        });
        buttons.add(load, save);
        buttons.addClassName("buttons");
        add(new H2("Not saved: someone else saved version " + theirs.number() + " while you were writing"),
                new Paragraph(theirs.author().name() + " saved version " + theirs.number() + " on "
                        + InWords.dayAndTime(theirs.savedAt()) + ": “" + theirs.changeSummary() + "”. "
                        + "You started from version " + conflict.yourBaseVersion() + ". "
                        + "Nothing of yours was saved, and your text is still in the editor below."),
                new H3("What changed since version " + conflict.yourBaseVersion()),
                new DifferenceList(conflict.changesSinceYourBase()),
                buttons);
    }
}
