package app.onward.portal.caseload;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a mutation's userErrors next to the fields they are about, and those about no field we show (or about
 * the whole input) in one message above the form. The message box is itself the component to add to the form.
 */
public class FieldErrors extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors() {
        addClassName("form-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param path the input field's name in the contract, e.g. {@code givenName} */
    public FieldErrors field(String path, HasValidation field) {
        fields.put(path, field);
        return this;
    }

    /** Clears what was shown, then shows these; true when there were none. */
    public boolean show(List<UserError> errors) {
        clear();
        for (UserError error : errors) {
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                add(new Div(error.message()));
                setVisible(true);
            }
        }
        return errors.isEmpty();
    }

    /** For a call that got no answer at all: the problem in words a person can act on. */
    public void showProblem(String message) {
        clear();
        add(new Div(message));
        setVisible(true);
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        removeAll();
        setVisible(false);
    }
}
