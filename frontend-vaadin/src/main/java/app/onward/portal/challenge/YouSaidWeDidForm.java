package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.YouSaidWeDidDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashMap;
import java.util.Map;

/** The public summary a leader writes: what young people said, and what was done. Nothing that names anyone. */
class YouSaidWeDidForm extends Div {

    private final TextArea youSaid = new TextArea("You said");
    private final TextArea weDid = new TextArea("We did");
    final ErrorSummary errors = new ErrorSummary();

    /** @param earlier the wording saved before, to start from; null for none */
    YouSaidWeDidForm(YouSaidWeDidDraft earlier, Button save) {
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
        var buttons = new Div(save);
        buttons.addClassName("form-buttons");
        add(errors, youSaid, weDid, buttons);
    }

    Map<String, Object> input(String challengeId, int version) {
        var input = new HashMap<String, Object>();
        input.put("challengeId", challengeId);
        input.put("version", version);
        input.put("youSaid", youSaid.getValue().strip());
        input.put("weDid", weDid.getValue().strip());
        return input;
    }

    Map<String, Component> fields() {
        return Map.of("youSaid", youSaid, "weDid", weDid);
    }
}
