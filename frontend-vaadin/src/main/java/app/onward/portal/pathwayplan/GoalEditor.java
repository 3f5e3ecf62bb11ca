package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Goal;
import app.onward.portal.pathwayplan.PlanModel.GoalInput;
import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One goal of a matter, with its actions; actions can be added and removed. */
class GoalEditor extends Div {

    private final String id;
    private final CheckedText description;
    private final List<ActionEditor> actions = new ArrayList<>();
    private final Div actionList = new Div();
    private final Function<String, List<LanguageFlag>> check;

    GoalEditor(Goal goal, Function<String, List<LanguageFlag>> check, Runnable remove) {
        this.check = check;
        this.id = goal == null ? null : goal.id();
        addClassName("plan-goal");
        description = new CheckedText(new TextField("Goal"), goal == null ? "" : goal.description(), check);
        actionList.addClassName("plan-actions");
        if (goal != null) {
            goal.actions().forEach(this::addAction);
        }
        var addAction = new Button("Add an action", click -> addAction(null));
        var removeGoal = new Button("Remove this goal", click -> remove.run());
        removeGoal.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        var buttons = new Div(addAction, removeGoal);
        buttons.addClassName("buttons");
        add(description, actionList, buttons);
    }

    private void addAction(PlanModel.Action action) {
        ActionEditor[] holder = new ActionEditor[1];
        holder[0] = new ActionEditor(action, check, () -> {
            actions.remove(holder[0]);
            actionList.remove(holder[0]);
        });
        actions.add(holder[0]);
        actionList.add(holder[0]);
    }

    GoalInput toInput() {
        return new GoalInput(id, description.value(), actions.stream().map(ActionEditor::toInput).toList());
    }

    void collectSlots(String path, Map<String, FieldSlot> slots) {
        slots.put(path + ".description", FieldSlot.of(description));
        for (int i = 0; i < actions.size(); i++) {
            actions.get(i).collectSlots(path + ".actions." + i, slots);
        }
    }

    String inWords() {
        var words = new StringBuilder(description.value());
        actions.forEach(action -> words.append("\n  – ").append(action.inWords()));
        return words.toString();
    }
}
