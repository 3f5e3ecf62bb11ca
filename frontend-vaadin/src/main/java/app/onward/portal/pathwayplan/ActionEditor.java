package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Action;
import app.onward.portal.pathwayplan.PlanModel.ActionInput;
import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** One action of a goal: what, who, by when, done. */
class ActionEditor extends Div {

    private final String id;
    private final CheckedText description;
    private final TextField who = new TextField("Who will do it");
    private final DatePicker byWhen = new DatePicker("By when");
    private final Checkbox done = new Checkbox("Done");

    ActionEditor(Action action, Function<String, List<LanguageFlag>> check, Runnable remove) {
        addClassName("plan-action");
        this.id = action == null ? null : action.id();
        description = new CheckedText(new TextField("Action"), action == null ? "" : action.description(), check);
        who.setValue(action == null ? "" : action.who());
        who.setHelperText("For example: You, Priya (your adviser), Housing team");
        byWhen.setLocale(Locale.UK);
        byWhen.setValue(action == null ? null : action.byWhen());
        done.setValue(action != null && action.done());
        var removeButton = new Button("Remove this action", click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        var whoAndWhen = new Div(who, byWhen, done);
        whoAndWhen.addClassName("action-row");
        add(description, whoAndWhen, removeButton);
    }

    ActionInput toInput() {
        return new ActionInput(id, description.value(), who.getValue(), byWhen.getValue(), done.getValue());
    }

    void collectSlots(String path, Map<String, FieldSlot> slots) {
        slots.put(path + ".description", FieldSlot.of(description));
        slots.put(path + ".who", FieldSlot.of(who));
        slots.put(path + ".byWhen", FieldSlot.of(byWhen));
    }

    String inWords() {
        ActionInput input = toInput();
        return input.description() + " (" + input.who()
                + (input.byWhen() == null ? "" : ", by " + InWords.day(input.byWhen()))
                + (input.done() ? ", done" : "") + ")";
    }
}
