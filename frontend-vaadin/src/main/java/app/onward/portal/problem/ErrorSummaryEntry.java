package app.onward.portal.problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/**
 * One line of a form's error summary: the message is also shown beside its field (marked invalid), and the line
 * moves to that field when the field can take the focus.
 */
public final class ErrorSummaryEntry {

    private ErrorSummaryEntry() {
    }

    public static ListItem of(Optional<? extends Component> field, String message) {
        field.ifPresent(component -> {
            if (component instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            }
        });
        var entry = new ListItem();
        if (field.isPresent() && field.get() instanceof Focusable<?> focusable) {
            var link = new Button(message, click -> focusable.focus());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("error-link");
            entry.add(link);
        } else {
            entry.add(new Span(message));
        }
        return entry;
    }
}
