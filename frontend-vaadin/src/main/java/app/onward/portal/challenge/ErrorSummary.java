package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import app.onward.portal.problem.ErrorSummaryEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mutation's userErrors beside the fields they are about, and all of them listed above the form, each moving to
 * its field, as GOV.UK's error summary does (the offer editor's EntitlementForm does the same).
 */
class ErrorSummary extends Div {

    private Map<String, ? extends Component> fields = Map.of();

    ErrorSummary() {
        addClassName("form-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    /**
     * Clears what was shown, then shows these; true when there were none.
     *
     * @param fields the form's fields by the contract's input paths ("quotes.1", "actions.0.dueOn"); a path not
     *               here goes to the nearest enclosing one that is ("actions.0.dueOn" to "actions.0")
     */
    boolean show(List<UserError> errors, Map<String, ? extends Component> fields) {
        clear();
        this.fields = fields;
        if (errors.isEmpty()) {
            return true;
        }
        var list = new UnorderedList();
        for (UserError error : inFormOrder(errors)) {
            list.add(ErrorSummaryEntry.of(fieldFor(error.field()), error.message()));
        }
        add(new H2("There is a problem"), list);
        setVisible(true);
        getElement().callJsFunction("focus");
        return false;
    }

    /** For a call that got no answer at all: the problem in words a person can act on. */
    void problem(String message) {
        clear();
        add(new H2("There is a problem"), new Span(message));
        setVisible(true);
    }

    void clear() {
        fields.values().forEach(component -> {
            if (component instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
        removeAll();
        setVisible(false);
    }

    /** As the form reads, top to bottom (the backend checks in its own order); problems about no field last. */
    private List<UserError> inFormOrder(List<UserError> errors) {
        List<Component> order = List.copyOf(fields.values());
        return errors.stream()
                .sorted(Comparator.comparingInt(error -> fieldFor(error.field())
                        .map(order::indexOf).orElse(Integer.MAX_VALUE)))
                .toList();
    }

    private Optional<? extends Component> fieldFor(String path) {
        String at = path;
        while (at != null && !at.isEmpty()) {
            if (fields.containsKey(at)) {
                return Optional.of(fields.get(at));
            }
            int dot = at.lastIndexOf('.');
            at = dot < 0 ? null : at.substring(0, dot);
        }
        return Optional.empty();
    }
}
