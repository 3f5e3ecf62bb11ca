package app.onward.portal.challenge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A Youth Voice worker does not agree the response: why, in a message the answerer reads before responding again. */
class SendBackForm extends StepForm {

    private final TextArea message = new TextArea("Why is it not agreed?");

    SendBackForm(Consumer<StepForm> onSend) {
        super("Send the response back", onSend);
        addClassName("send-back-form");
        message.setWidthFull();
        message.setMaxLength(2000);
        message.setHelperText("What young people want changed in the response or the actions.");
        layOut(message);
    }

    @Override
    Map<String, Object> input(String challengeId, int version) {
        var input = new HashMap<String, Object>();
        input.put("challengeId", challengeId);
        input.put("version", version);
        input.put("message", message.getValue().strip());
        return input;
    }

    @Override
    Map<String, Component> fields() {
        return Map.of("message", message);
    }

    @Override
    boolean typedSomething() {
        return !message.getValue().isBlank();
    }
}
