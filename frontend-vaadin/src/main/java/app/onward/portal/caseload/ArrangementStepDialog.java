package app.onward.portal.caseload;

import app.onward.portal.caseload.Arrangements.Arrangement;
import app.onward.portal.caseload.Arrangements.HowItEnded;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The two steps in an arrangement's life after it starts: a review (what it found, and the next one's day) and its
 * ending (the day and how). Each carries the version it was read at, as a change does.
 */
class ArrangementStepDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    private ArrangementStepDialog(String title) {
        setHeaderTitle(title);
        addClassName("casework-dialog");
        add(errors);
    }

    static ArrangementStepDialog review(StayingChanges changes, Arrangement arrangement, LocalDate today,
                                       Consumer<StayingChanges.Payload> onSaved) {
        var dialog = new ArrangementStepDialog("Review: " + arrangement.title());
        DatePicker reviewedOn = ArrangementDialog.upTo("Reviewed on", today);
        var note = new TextArea("What the review found");
        note.setMaxLength(1000);
        note.setWidthFull();
        DatePicker nextReviewOn = ArrangementDialog.date("Next review on");
        nextReviewOn.setValue(today.plusMonths(3));
        dialog.errors.field("reviewedOn", reviewedOn).field("note", note).field("nextReviewOn", nextReviewOn);
        dialog.add(reviewedOn, note, nextReviewOn);
        dialog.footer("Save review", () -> {
            List<UserError> missing = new ArrayList<>();
            if (reviewedOn.getValue() == null) {
                missing.add(new UserError("reviewedOn", "Enter the day of the review", "REQUIRED"));
            }
            if (nextReviewOn.getValue() == null) {
                missing.add(new UserError("nextReviewOn", "Enter the day of the next review", "REQUIRED"));
            }
            if (!dialog.errors.show(missing)) {
                return null;
            }
            Map<String, Object> input = dialog.base(arrangement);
            input.put("reviewedOn", YoungPeople.iso(reviewedOn.getValue()));
            input.put("note", note.getValue());
            input.put("nextReviewOn", YoungPeople.iso(nextReviewOn.getValue()));
            return changes.review(arrangement.kind(), input);
        }, onSaved);
        return dialog;
    }

    static ArrangementStepDialog end(StayingChanges changes, Arrangement arrangement, LocalDate today,
                                    Consumer<StayingChanges.Payload> onSaved) {
        var dialog = new ArrangementStepDialog("End: " + arrangement.title());
        DatePicker endedOn = ArrangementDialog.upTo("Ended on", today);
        var how = new Select<HowItEnded>();
        how.setLabel("How it ended");
        how.setItems(HowItEnded.values());
        how.setItemLabelGenerator(HowItEnded::words);
        var note = new TextArea("Anything to add (optional)");
        note.setMaxLength(1000);
        note.setWidthFull();
        dialog.errors.field("endedOn", endedOn).field("how", how).field("note", note);
        dialog.add(endedOn, how, note);
        dialog.footer("End it", () -> {
            List<UserError> missing = new ArrayList<>();
            if (endedOn.getValue() == null) {
                missing.add(new UserError("endedOn", "Enter the day it ended", "REQUIRED"));
            }
            if (how.getValue() == null) {
                missing.add(new UserError("how", "Choose how it ended", "REQUIRED"));
            }
            if (!dialog.errors.show(missing)) {
                return null;
            }
            Map<String, Object> input = dialog.base(arrangement);
            input.put("endedOn", YoungPeople.iso(endedOn.getValue()));
            input.put("how", how.getValue().name());
            input.put("note", note.getValue());
            return changes.end(arrangement.kind(), input);
        }, onSaved);
        return dialog;
    }

    private Map<String, Object> base(Arrangement arrangement) {
        Map<String, Object> input = new HashMap<>();
        input.put("arrangementId", arrangement.id());
        input.put("version", arrangement.version());
        return input;
    }

    /** Sends the step; null when something required was left empty (already shown). */
    private interface Step {
        StayingChanges.Payload send();
    }

    private void footer(String label, Step step, Consumer<StayingChanges.Payload> onSaved) {
        var save = new Button(label, click -> {
            try {
                StayingChanges.Payload payload = step.send();
                if (payload != null && errors.show(payload.userErrors())) {
                    close();
                    onSaved.accept(payload);
                }
            } catch (BackendException problem) {
                errors.showProblem(problem.problem().friendlyMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(ArrangementDialog.cancel(this), save);
    }
}
