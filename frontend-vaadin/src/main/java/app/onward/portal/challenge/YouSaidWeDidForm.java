package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.YouSaidWeDidDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The public summary a leader writes: what young people said, and what was done. Nothing that names anyone. */
class YouSaidWeDidForm extends StepForm {

    private final TextArea youSaid = new TextArea("You said");
    private final TextArea weDid = new TextArea("We did");
    private final YouSaidWeDidDraft earlier;

    /** @param earlier the wording saved before, to start from; null for none */
    YouSaidWeDidForm(YouSaidWeDidDraft earlier, Consumer<StepForm> onSave) {
        super("Save the “you said, we did” wording", onSave);
        this.earlier = earlier;
        addClassName("you-said-we-did-form");
        youSaid.setHelperText("What young people told you, in a sentence or two. Anyone can read this once published.");
        weDid.setHelperText("What changed because of it. Saving new wording withdraws any agreement to the old.");
        for (TextArea area : new TextArea[]{youSaid, weDid}) {
            area.setWidthFull();
        }
        if (earlier != null) {
            youSaid.setValue(earlier.youSaid());
            weDid.setValue(earlier.weDid());
        }
        layOut(youSaid, weDid);
    }

    @Override
    Map<String, Object> input(String challengeId, int version) {
        var input = new HashMap<String, Object>();
        input.put("challengeId", challengeId);
        input.put("version", version);
        input.put("youSaid", youSaid.getValue().strip());
        input.put("weDid", weDid.getValue().strip());
        return input;
    }

    @Override
    Map<String, Component> fields() {
        return Map.of("youSaid", youSaid, "weDid", weDid);
    }

    /** Anything other than the saved wording it started from. */
    @Override
    boolean typedSomething() {
        return earlier == null ? !youSaid.getValue().isBlank() || !weDid.getValue().isBlank()
                : !youSaid.getValue().equals(earlier.youSaid()) || !weDid.getValue().equals(earlier.weDid());
    }
}
