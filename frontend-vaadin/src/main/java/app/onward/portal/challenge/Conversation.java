package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.Message;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The conversation between the Youth Voice workers and the answerer, oldest first, and a box to add to it. The
 * section lives as long as the page, so what is typed in the box survives the page showing a newer challenge.
 */
class Conversation extends ChallengeSection {

    private final UnorderedList messages = new UnorderedList();
    private final TextArea body = new TextArea("Your message");
    private final Div box = new Div();
    final ErrorSummary errors = new ErrorSummary();

    /** @param send given the message as typed */
    Conversation(Consumer<String> send) {
        super("Conversation");
        messages.addClassName("messages");
        body.setWidthFull();
        body.setMaxLength(2000);
        body.setHelperText("Between the Youth Voice workers and whoever answers. Not shown on the public pages.");
        var sendButton = new Button("Send message", click -> send.accept(body.getValue().strip()));
        var buttons = new Div(sendButton);
        buttons.addClassName("form-buttons");
        box.add(errors, body, buttons);
        add(messages, box);
    }

    /** @param open whether messages may still be added (not once the challenge is closed) */
    void show(List<Message> conversation, boolean open) {
        messages.removeAll();
        if (conversation.isEmpty()) {
            messages.add(new ListItem("No messages yet."));
        }
        for (Message message : conversation) {
            var who = new Span(message.by() + (message.fromYouthVoice() ? " (Youth Voice)" : " (answering)"));
            who.addClassName("message-by");
            var when = new Span(" · " + ChallengeSections.moment(message.at()));
            when.addClassName("hint");
            var item = new ListItem(who, when, new Paragraph(message.body()));
            item.addClassNames("message", message.fromYouthVoice() ? "message-youth-voice" : "message-answerer");
            messages.add(item);
        }
        box.setVisible(open);
    }

    void sent() {
        body.clear();
        errors.clear();
    }

    Map<String, Component> fields() {
        return Map.of("body", body);
    }
}
