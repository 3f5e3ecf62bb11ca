package app.onward.portal.pathwayplan;

import app.onward.portal.caseload.Arrangements;
import app.onward.portal.pathwayplan.PlanModel.Goal;
import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import app.onward.portal.pathwayplan.PlanModel.Section;
import app.onward.portal.pathwayplan.PlanModel.SectionInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One Schedule 1 matter: the young person's own words, the assessment, and the goals with their actions. */
class MatterEditor extends com.vaadin.flow.component.html.Section {

    private final PlanMatter matter;
    private final CheckedText words;
    private final CheckedText assessment;
    private final List<GoalEditor> goals = new ArrayList<>();
    private final Div goalList = new Div();
    private final Div unsavedGoals = new Div();
    private final Function<String, List<LanguageFlag>> check;

    MatterEditor(PlanMatter matter, int number, Section section, Function<String, List<LanguageFlag>> check) {
        this.matter = matter;
        this.check = check;
        addClassName("plan-matter");
        var heading = new H2(number + ". " + (section == null ? matter.staffTitle() : section.title()));
        var plain = section == null ? null : new Span("The young person sees: " + section.plainTitle());
        words = new CheckedText(new TextArea("What the young person says, in their own words"),
                section == null ? "" : section.youngPersonsWords(), check);
        assessment = new CheckedText(new TextArea("Assessment"), section == null ? "" : section.assessment(), check);
        goalList.addClassName("plan-goals");
        if (section != null) {
            section.goals().forEach(this::addGoal);
        }
        unsavedGoals.addClassName("unsaved-text");
        unsavedGoals.setVisible(false);
        add(heading);
        if (plain != null) {
            plain.addClassName("hint");
            add(plain);
        }
        add(words, assessment, new H3("Goals and actions"), goalList, unsavedGoals,
                new Button("Add a goal", click -> addGoal(null)));
    }

    private void addGoal(Goal goal) {
        GoalEditor[] holder = new GoalEditor[1];
        holder[0] = new GoalEditor(goal, check, () -> {
            goals.remove(holder[0]);
            goalList.remove(holder[0]);
        });
        goals.add(holder[0]);
        goalList.add(holder[0]);
    }

    /**
     * Staying put and staying close in the accommodation matter, read-only with a link to the record page where
     * they are changed: the plan shows them, the record keeps them.
     */
    void showArrangements(List<Arrangements.Arrangement> arrangements, String recordPath) {
        var box = new Div(new H3("Staying put and staying close"));
        box.addClassName("plan-arrangements");
        List<Arrangements.Arrangement> open = arrangements.stream().filter(Arrangements.Arrangement::open).toList();
        if (open.isEmpty()) {
            box.add(new Paragraph("They are not staying put or staying close."));
        }
        open.forEach(arrangement -> box.add(new Paragraph(arrangement.summary() + ".")));
        box.add(new Anchor(recordPath + "#" + Arrangements.RECORD_SECTION, "Start, change or review these on their record page"));
        addComponentAtIndex(indexOf(words), box);
    }

    PlanMatter matter() {
        return matter;
    }

    SectionInput toInput() {
        return new SectionInput(matter, words.value(), assessment.value(),
                goals.stream().map(GoalEditor::toInput).toList());
    }

    void collectSlots(String path, Map<String, FieldSlot> slots) {
        slots.put(path + ".youngPersonsWords", FieldSlot.of(words));
        slots.put(path + ".assessment", FieldSlot.of(assessment));
        for (int i = 0; i < goals.size(); i++) {
            goals.get(i).collectSlots(path + ".goals." + i, slots);
        }
    }

    /** The goals written out as text, to compare and to copy from after a refused save. */
    String goalsInWords() {
        return String.join("\n", goals.stream().map(GoalEditor::inWords).toList());
    }

    /** After a refused save and a load of the latest version: what this person had written here, to copy from. */
    void showUnsaved(SectionInput theirs, String theirGoalsInWords) {
        words.showUnsavedText(theirs.youngPersonsWords());
        assessment.showUnsavedText(theirs.assessment());
        unsavedGoals.removeAll();
        boolean differs = !theirGoalsInWords.isBlank() && !theirGoalsInWords.equals(goalsInWords());
        if (differs) {
            var label = new Span("Your goals and actions that were not saved:");
            label.addClassName("unsaved-label");
            var text = new Paragraph(theirGoalsInWords);
            text.addClassName("unsaved-body");
            unsavedGoals.add(label, text);
        }
        unsavedGoals.setVisible(differs);
    }
}
