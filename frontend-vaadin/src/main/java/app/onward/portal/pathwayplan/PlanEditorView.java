package app.onward.portal.pathwayplan;

import app.onward.portal.caseload.Arrangements;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Role;
import app.onward.portal.pathwayplan.PlanModel.FieldFlag;
import app.onward.portal.pathwayplan.PlanModel.Plan;
import app.onward.portal.pathwayplan.PlanModel.PlanHolder;
import app.onward.portal.pathwayplan.PlanModel.SaveInput;
import app.onward.portal.pathwayplan.PlanModel.SavePayload;
import app.onward.portal.pathwayplan.PlanModel.UserError;
import app.onward.portal.pathwayplan.PlanModel.Version;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pathway plan editor: the ten Schedule 1 matters, a change summary and Save, which makes a new version. Words
 * young people find stigmatising are flagged as staff write (advice only). When someone else saved first, the save
 * is refused: the editor keeps this person's text, shows what the other person changed, and offers to load the
 * latest version with their own text shown beside each field to copy from ({@link PlanConflictNotice}).
 * The young person's id is the backend's global id; the title names no one.
 */
@StyleSheet("pathway-plan.css")
@Route(value = "staff/young-people/:youngPersonId/plan", layout = StaffLayout.class)
@PageTitle("Pathway plan – Onward")
@RolesAllowed({"PERSONAL_ADVISER", "TEAM_MANAGER"})
public class PlanEditorView extends Div implements BeforeEnterObserver {

    private final PathwayPlans plans;
    private final VersionList.Permissions permissions;
    private final Div outcome = new Div();
    private final List<MatterEditor> matters = new ArrayList<>();
    private String youngPersonId;
    private int basedOnVersion;
    private CheckedText changeSummary;

    PlanEditorView(PathwayPlans plans, CurrentUser currentUser) {
        this.plans = plans;
        addClassName("plan-editor");
        outcome.addClassName("plan-outcome");
        outcome.getElement().setAttribute("role", "status");
        VersionList.Permissions allowed;
        try {
            List<Role> roles = currentUser.me().roles();
            allowed = new VersionList.Permissions(roles.contains(Role.TEAM_MANAGER), roles.contains(Role.PERSONAL_ADVISER));
        } catch (BackendException unavailable) {
            allowed = new VersionList.Permissions(false, false); // the page below says what went wrong
        }
        this.permissions = allowed;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        youngPersonId = event.getRouteParameters().get("youngPersonId").orElseThrow();
        load();
    }

    private String path() {
        return "/staff/young-people/" + youngPersonId + "/plan";
    }

    /** Shows the latest version; the outcome of the last action (saved, refused) stays above it. */
    private void load() {
        removeAll();
        matters.clear();
        try {
            plans.planOf(youngPersonId).ifPresentOrElse(this::show, () -> add(new ProblemMessage(
                    "We could not find this young person",
                    "There is no young person here whose records you may open.", "Back to staff home", "/staff")));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, path()));
        }
    }

    private void show(PlanHolder holder) {
        Plan plan = holder.pathwayPlan();
        Version latest = plan == null ? null : plan.latestVersion();
        basedOnVersion = plan == null ? 0 : plan.latestVersionNumber();
        var back = new Anchor("/staff/young-people/" + holder.id(), "Back to " + holder.knownAs() + "’s page");
        var status = new Paragraph(latest == null
                ? "There is no plan yet. What you save becomes version 1."
                : "You are editing version " + latest.number() + ", saved " + InWords.dayAndTime(latest.savedAt())
                  + " by " + latest.author().name() + ". Saving makes version " + (latest.number() + 1) + ".");
        status.addClassName("lead");
        add(back, new H1("Pathway plan: " + holder.knownAs() + " " + holder.familyName()), status);
        if (plan != null) {
            add(new Anchor("#versions", "See every version, what the young person said, and the differences"));
        }
        add(outcome);

        var form = new Div();
        form.addClassName("plan-form");
        int number = 1;
        for (PlanMatter matter : PlanMatter.values()) {
            var editor = new MatterEditor(matter, number++, latest == null ? null : latest.section(matter),
                    plans::languageCheck);
            if (matter == PlanMatter.ACCOMMODATION) {
                editor.showArrangements(Stream.concat(holder.stayingPut().stream(), holder.stayingClose().stream())
                        .map(Arrangements.Arrangement.class::cast).toList(), "/staff/young-people/" + holder.id());
            }
            matters.add(editor);
            form.add(editor);
        }
        var summaryField = new TextField("What changed and why, in a sentence");
        changeSummary = new CheckedText(summaryField, "", plans::languageCheck);
        var save = new Button("Save as a new version", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save.setEnabled(true));
        var saving = new Div(new H2("Save"), changeSummary, save);
        saving.addClassName("plan-save");
        form.add(saving);
        add(form);
        if (plan != null) {
            add(new VersionList(plan, youngPersonId, plans, permissions, () -> {
                outcome.removeAll();
                load();
            }), new VersionComparison(plan.versions(), youngPersonId, plans));
        }
    }

    private SaveInput input() {
        return new SaveInput(youngPersonId, basedOnVersion, changeSummary.value(),
                matters.stream().map(MatterEditor::toInput).toList());
    }

    private void save() {
        SaveInput mine = input();
        Map<PlanMatter, String> myGoals = matters.stream()
                .collect(Collectors.toMap(MatterEditor::matter, MatterEditor::goalsInWords));
        outcome.removeAll();
        outcome.removeClassNames("saved", "not-saved");
        Map<String, FieldSlot> slots = slots();
        slots.values().forEach(FieldSlot::clearError);
        SavePayload payload;
        try {
            payload = plans.save(mine);
        } catch (BackendException problem) {
            outcome.addClassName("not-saved");
            outcome.add(new Paragraph(problem.problem().friendlyMessage() + " Your text is still here."));
            return;
        }
        if (payload.conflict() != null) {
            outcome.add(new PlanConflictNotice(payload.conflict(), () -> loadLatestBeside(mine, myGoals),
                    () -> saveOver(payload.conflict().currentVersion().number())));
        } else if (!payload.userErrors().isEmpty()) {
            showErrors(payload.userErrors(), slots);
        } else {
            saved(payload);
        }
        outcome.scrollIntoView();
    }

    private void saved(SavePayload payload) {
        int number = payload.version().number();
        load();
        outcome.addClassName("saved");
        outcome.add(new Paragraph("Saved as version " + number + "."));
        showFlags(payload.languageFlags());
        if (number > 1) {
            outcome.add(new H2("What changed since version " + (number - 1)));
            try {
                outcome.add(new DifferenceList(plans.differences(youngPersonId, number - 1, number)));
            } catch (BackendException problem) {
                outcome.add(new Paragraph(problem.problem().friendlyMessage()));
            }
        }
    }

    private void showFlags(List<FieldFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        outcome.add(new Paragraph("Some words young people may find hurtful are marked below, with what they "
                + "prefer. This is advice: the plan was saved."));
        Map<String, FieldSlot> slots = slots();
        flags.stream().collect(Collectors.groupingBy(FieldFlag::field, LinkedHashMap::new,
                        Collectors.mapping(FieldFlag::flag, Collectors.toList())))
                .forEach((field, found) -> {
                    FieldSlot slot = slots.get(field);
                    if (slot != null) {
                        slot.showFlags(found);
                    }
                });
    }

    private void showErrors(List<UserError> errors, Map<String, FieldSlot> slots) {
        outcome.addClassName("not-saved");
        outcome.add(new Paragraph("Nothing was saved yet. Please check what is marked."));
        for (UserError error : errors) {
            FieldSlot slot = error.field() == null ? null : slots.get(error.field());
            if (slot != null) {
                slot.showError(error.message());
            } else {
                outcome.add(new Paragraph(error.message()));
            }
        }
    }

    /** The latest version in the editor, with this person's refused text shown beside each field it differs in. */
    private void loadLatestBeside(SaveInput mine, Map<PlanMatter, String> myGoals) {
        load(); // the conflict notice stays above the editor: what they changed remains in view
        outcome.add(new Paragraph("The editor now shows the latest version. Where your text differs, it is shown "
                + "under the field: copy what you need, then save."));
        mine.sections().forEach(section -> matters.stream()
                .filter(editor -> editor.matter() == section.matter())
                .forEach(editor -> editor.showUnsaved(section, myGoals.get(section.matter()))));
        changeSummary.setValue(mine.changeSummary());
    }

    /** After seeing what changed, this person chooses to save their text as the next version anyway. */
    private void saveOver(int latestNumber) {
        basedOnVersion = latestNumber;
        save();
    }

    private Map<String, FieldSlot> slots() {
        Map<String, FieldSlot> slots = new LinkedHashMap<>();
        slots.put("changeSummary", FieldSlot.of(changeSummary));
        for (int i = 0; i < matters.size(); i++) {
            matters.get(i).collectSlots("sections." + i, slots);
        }
        return slots;
    }
}
