package app.onward.portal.offer.authoring;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.offer.OfferDifferenceList;
import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.Live;
import app.onward.portal.offer.authoring.DraftModel.Problem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The last look before publishing: what young people will see change, against the version they see now, and the
 * choice to publish. Publishing names the draft's row version as this page read it: if someone saved since, the
 * backend refuses, and the admin is told to look again.
 */
class PublishDialog extends Dialog {

    PublishDialog(OfferAuthoring authoring, Draft draft, Live live, IntConsumer published, Consumer<String> refused) {
        setHeaderTitle("Publish version " + draft.version() + "?");
        addClassName("publish-dialog");
        var body = new Div(new Paragraph("Young people see it as soon as you publish"
                + (live == null ? "." : ". Version " + live.version() + " stays in the history.")));
        try {
            var changes = authoring.changes();
            if (changes.isPresent() && changes.get().rowVersion() != draft.rowVersion()) {
                body.add(new Paragraph("Someone has saved the draft since you opened this page. Close this, look at "
                        + "the draft again, then publish."));
            }
            body.add(new H3(live == null ? "What young people will see" : "What changes from version " + live.version()),
                    new OfferDifferenceList(changes.map(OfferAuthoring.Changes::changes).orElse(List.of()),
                            live == null ? "Before" : "Version " + live.version(), "Version " + draft.version()));
        } catch (BackendException problem) {
            body.add(new Paragraph("We could not list the changes: " + problem.problem().friendlyMessage()
                    + " You can still publish, or close this and try again."));
        }
        add(body);
        var publish = new Button("Publish version " + draft.version(), click -> {
            close();
            try {
                var answer = authoring.publish(draft.rowVersion());
                if (answer.userErrors().isEmpty()) {
                    published.accept(answer.offer().version());
                } else {
                    refused.accept("Not published. " + String.join(" ",
                            answer.userErrors().stream().map(Problem::message).toList()));
                }
            } catch (BackendException problem) {
                refused.accept("Not published. " + problem.problem().friendlyMessage());
            }
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setDisableOnClick(true);
        var notYet = new Button("Not yet", click -> close());
        getFooter().add(notYet, publish);
    }
}
