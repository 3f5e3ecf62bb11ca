package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A step that needs words as well as a click (responding, sending back, writing "you said, we did"). The page keeps
 * each form for as long as it is open, so what was typed survives the page showing a newer version of the challenge;
 * when someone else's step means this one can no longer be taken, the form stays, with its words, but cannot be sent.
 */
abstract class StepForm extends Div {

    final ErrorSummary errors = new ErrorSummary();
    private final Button send;
    private final Paragraph notOffered = new Paragraph(
            "This can no longer be sent, because of what happened since (above). What you typed is kept here so "
                    + "that you can copy it.");
    private final Div buttons = new Div();

    StepForm(String sendWords, Consumer<StepForm> onSend) {
        send = new Button(sendWords, click -> onSend.accept(this));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        notOffered.addClassName("hint");
        notOffered.setVisible(false);
        buttons.addClassName("form-buttons");
        buttons.add(send);
    }

    /** Puts the parts in order: the error summary first, the send button last. */
    protected void layOut(Component... fields) {
        add(errors);
        add(fields);
        add(notOffered, buttons);
    }

    /** The mutation's input, against the version the page is showing. */
    abstract Map<String, Object> input(String challengeId, int version);

    /** The contract's input paths to the fields that show them. */
    abstract Map<String, Component> fields();

    /**
     * What the contract makes non-null but a person may leave empty (a date): asked for here, in the same summary as
     * the backend's problems, because a request without it would be refused whole, with no word on what was wrong.
     */
    List<UserError> missing() {
        return List.of();
    }

    /** Whether anything was typed that would be lost if the form went away. */
    abstract boolean typedSomething();

    /** Whether the backend still offers this step to this person. */
    void offered(boolean offered) {
        send.setEnabled(offered);
        notOffered.setVisible(!offered);
    }
}
