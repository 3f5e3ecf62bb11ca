package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The answerer's response and the actions it proposes, each with who will do it and by when. It keeps what was
 * typed until the response is sent, even when someone else acted first.
 */
class RespondForm extends StepForm {

    private final TextArea response = new TextArea("Your response to young people");
    private final List<ActionRow> rows = new ArrayList<>();
    /** The rows last sent, in the order the backend numbers them ("actions.1"): the empty ones are left out. */
    private List<ActionRow> sent = rows;
    private final Div rowsHolder = new Div();
    private final LocalDate today;

    RespondForm(LocalDate today, Consumer<StepForm> onSend) {
        super("Send the response", onSend);
        this.today = today;
        addClassName("respond-form");
        response.setWidthFull();
        response.setMaxLength(4000);
        response.setHelperText("Plain words young people will understand: what you found, and what will change.");
        var add = new Button("Add another action", click -> addRow().owner.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        layOut(response, new H3("Actions"), rowsHolder, add);
        addRow();
    }

    @Override
    Map<String, Object> input(String challengeId, int version) {
        var input = new HashMap<String, Object>();
        input.put("challengeId", challengeId);
        input.put("version", version);
        input.put("response", response.getValue().strip());
        sent = rows.stream().filter(ActionRow::typedSomething).toList();
        input.put("actions", sent.stream().map(ActionRow::input).toList());
        return input;
    }

    /** An action with no date: the contract cannot take it without one. */
    @Override
    List<UserError> missing() {
        var missing = new ArrayList<UserError>();
        for (int place = 0; place < rows.size(); place++) {
            ActionRow row = rows.get(place);
            if (row.typedSomething() && row.dueOn.getValue() == null) {
                missing.add(new UserError("actions." + place + ".dueOn",
                        "Enter the date action " + (place + 1) + " will be done by", "REQUIRED"));
            }
        }
        sent = rows;
        return missing;
    }

    /** The contract's paths ("actions.1.dueOn") to the fields that show them. */
    @Override
    Map<String, Component> fields() {
        var fields = new LinkedHashMap<String, Component>();
        fields.put("response", response);
        fields.put("actions", rows.getFirst().description);
        for (int place = 0; place < sent.size(); place++) {
            ActionRow row = sent.get(place);
            fields.put("actions." + place, row.description);
            fields.put("actions." + place + ".owner", row.owner);
            fields.put("actions." + place + ".description", row.description);
            fields.put("actions." + place + ".dueOn", row.dueOn);
        }
        return fields;
    }

    @Override
    boolean typedSomething() {
        return !response.getValue().isBlank() || rows.stream().anyMatch(ActionRow::typedSomething);
    }

    private ActionRow addRow() {
        var row = new ActionRow();
        rows.add(row);
        rowsHolder.add(row);
        renumber();
        return row;
    }

    private void renumber() {
        for (int place = 0; place < rows.size(); place++) {
            rows.get(place).number(place + 1, rows.size() > 1);
        }
    }

    private final class ActionRow extends Div {

        private final TextField owner = new TextField();
        private final TextField description = new TextField();
        private final DatePicker dueOn = new DatePicker();
        private final Button remove = new Button("Remove");

        ActionRow() {
            addClassName("action-row");
            owner.setHelperText("A name and role: “Housing team manager”.");
            description.setWidthFull();
            owner.setWidthFull();
            dueOn.setLocale(Locale.UK);
            dueOn.setMin(today);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> {
                rows.remove(this);
                rowsHolder.remove(this);
                renumber();
            });
            add(description, owner, dueOn, remove);
        }

        void number(int number, boolean removable) {
            description.setLabel("Action " + number + ": what will be done");
            owner.setLabel("Action " + number + ": who will do it");
            dueOn.setLabel("Action " + number + ": by when");
            remove.setAriaLabel("Remove action " + number);
            remove.setVisible(removable);
        }

        boolean typedSomething() {
            return !owner.getValue().isBlank() || !description.getValue().isBlank() || dueOn.getValue() != null;
        }

        Map<String, Object> input() {
            var action = new HashMap<String, Object>();
            action.put("owner", owner.getValue().strip());
            action.put("description", description.getValue().strip());
            action.put("dueOn", dueOn.getValue() == null ? null : dueOn.getValue().toString());
            return action;
        }
    }
}
