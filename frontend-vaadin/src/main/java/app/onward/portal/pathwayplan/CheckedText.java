package app.onward.portal.pathwayplan;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Function;

/**
 * A field staff write in, with "Language that cares" under it: while they type (after a pause), the words young
 * people find stigmatising are flagged with what they prefer. Advice only: nothing here stops a save.
 */
class CheckedText extends Div {

    private static final Logger log = LoggerFactory.getLogger(CheckedText.class);
    /** Long enough not to ask the backend on every key, short enough to feel like it is listening. */
    private static final int PAUSE_MILLIS = 700;

    private final TextFieldBase<?, String> field;
    private final Div flags = new Div();
    private final Div unsaved = new Div();

    CheckedText(TextFieldBase<?, String> field, String initialValue, Function<String, List<LanguageFlag>> check) {
        this.field = field;
        addClassName("checked-text");
        field.setValue(initialValue == null ? "" : initialValue);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                field.setInvalid(false);
                showFlags(checked(check, change.getValue()));
            }
        });
        flags.addClassName("language-flags");
        flags.getElement().setAttribute("aria-live", "polite");
        unsaved.addClassName("unsaved-text");
        unsaved.setVisible(false);
        add(field, flags, unsaved);
    }

    String value() {
        return field.getValue();
    }

    void setValue(String value) {
        field.setValue(value == null ? "" : value);
        flags.removeAll();
    }

    void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearError() {
        field.setInvalid(false);
    }

    void showFlags(List<LanguageFlag> found) {
        flags.removeAll();
        for (LanguageFlag flag : found) {
            var advice = new Paragraph(new Span("‘" + flag.found() + "’: young people prefer ‘" + flag.suggestion() + "’"));
            if (flag.explanation() != null && !flag.explanation().isBlank()) {
                var why = new Span(" " + flag.explanation());
                why.addClassName("why");
                advice.add(why);
            }
            advice.addClassName("language-flag");
            flags.add(advice);
        }
    }

    /** After a refused save: what this person had written, to copy from, when it differs from what is shown now. */
    void showUnsavedText(String theirs) {
        unsaved.removeAll();
        boolean differs = theirs != null && !theirs.isBlank() && !theirs.equals(field.getValue());
        if (differs) {
            var label = new Span("Your text that was not saved:");
            label.addClassName("unsaved-label");
            var text = new Paragraph(theirs);
            text.addClassName("unsaved-body");
            var useIt = new Button("Use my text here", click -> {
                field.setValue(theirs);
                unsaved.setVisible(false);
            });
            unsaved.add(label, text, useIt);
        }
        unsaved.setVisible(differs);
    }

    private static List<LanguageFlag> checked(Function<String, List<LanguageFlag>> check, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return check.apply(text);
        } catch (BackendException unavailable) {
            // Advice only: when the check cannot be made, writing carries on without it.
            log.info("Language check unavailable: {}", unavailable.getMessage());
            return List.of();
        }
    }
}
