package app.onward.portal.offer.authoring;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.offer.authoring.DraftEdits.Edit;
import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.EntitlementInput;
import app.onward.portal.offer.authoring.DraftModel.Item;
import app.onward.portal.offer.authoring.DraftModel.Outcome;
import app.onward.portal.offer.authoring.DraftModel.Place;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One entitlement of the offer's draft, on a page of its own: {@code staff/offer/entitlement/<key>} to change one,
 * {@code staff/offer/new/<area>} to add one. Saving sends the whole draft with this entitlement changed; when
 * someone else saved the draft first, nothing is written, the admin is told what differs and keeps what they
 * typed, and may put this one entitlement into the latest draft.
 */
@StyleSheet("offer-editor.css")
@Route(value = "staff/offer/entitlement/:key", layout = StaffLayout.class)
@RouteAlias(value = "staff/offer/new/:area", layout = StaffLayout.class)
@PageTitle("Edit an entitlement – Onward")
@RolesAllowed("TENANT_ADMIN")
public class EntitlementEditorView extends Div implements BeforeEnterObserver {

    private final OfferAuthoring authoring;
    private final CurrentUser currentUser;
    private final Div outcome = new Div();
    private Draft draft;
    private String originalKey;
    private EntitlementForm form;

    EntitlementEditorView(OfferAuthoring authoring, CurrentUser currentUser) {
        this.authoring = authoring;
        this.currentUser = currentUser;
        addClassName("offer-editor");
        outcome.addClassName("editor-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        originalKey = event.getRouteParameters().get("key").orElse(null);
        String area = event.getRouteParameters().get("area").orElse(null);
        removeAll();
        try {
            draft = authoring.draft().orElse(null);
            if (draft == null) {
                event.forwardTo(OfferEditorView.class);
                return;
            }
            show(area);
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/offer"));
        }
    }

    private void show(String newInArea) {
        String slug = currentUser.me().authority().slug();
        Place place = originalKey == null ? null : draft.find(originalKey);
        if (originalKey != null && place == null) {
            add(new ProblemMessage("This entitlement is not in the draft",
                    "Someone may have removed it, or the address is wrong.", "Back to your offer", "/staff/offer"));
            return;
        }
        if (place == null && !AuthoringWords.AREAS.containsKey(newInArea)) {
            add(new ProblemMessage("There is no such part of the offer", "Choose where to add it from your offer's page.",
                    "Back to your offer", "/staff/offer"));
            return;
        }
        Item item = place == null ? null : place.item();
        Set<String> published = new HashSet<>(authoring.live(slug).map(DraftModel.Live::keys).orElse(List.of()));
        boolean keyFixed = item != null && (item.national() || published.contains(item.key()));
        form = new EntitlementForm(item, newInArea, keyFixed, slug);

        add(new RouterLink("Back to your offer", OfferEditorView.class));
        add(new H1(item == null ? "Add to “" + AuthoringWords.area(newInArea) + "”" : item.title()));
        var lead = new Paragraph("You are changing the draft of version " + draft.version() + ". Young people see "
                + "nothing of it until you publish.");
        lead.addClassName("lead");
        add(lead);
        if (item != null && item.national()) {
            var national = new Paragraph("This is a national entitlement: " + AuthoringWords.NATIONAL.getOrDefault(
                    item.nationalEntitlement(), "one the law gives") + ". You can give more than the law does, "
                    + "never less, and every offer must include it.");
            national.addClassName("national-note");
            add(national);
        }
        add(outcome, form);
        if (place != null) {
            form.showProblems("To fix before you can publish", draft.problemsUnder(place.path()));
            form.showAdvice(draft.adviceUnder(place.path()));
        }

        var save = new Button("Save to the draft", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        var buttons = new Div(save, new RouterLink("Cancel", OfferEditorView.class));
        buttons.addClassName("buttons");
        if (item != null && !item.national()) {
            var remove = new Button("Remove from the offer", click -> confirmRemoval(item));
            remove.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(remove);
        }
        add(buttons);
    }

    private void save() {
        EntitlementInput edited = form.input();
        if (!form.keyFixed() && form.key().isEmpty()) {
            Set<String> taken = new HashSet<>();
            draft.sections().forEach(section -> section.entitlements().forEach(other -> taken.add(other.key())));
            taken.remove(originalKey);
            form.setKey(DraftEdits.keyFor(form.title(), taken));
            edited = form.input();
        }
        Edit edit = DraftEdits.withEntitlement(DraftEdits.unchanged(draft), originalKey, form.area(), edited);
        send(edit, edited);
    }

    private void send(Edit edit, EntitlementInput edited) {
        outcome.removeAll();
        outcome.removeClassNames("saved", "not-saved");
        Outcome answer;
        try {
            answer = authoring.save(edit.input());
        } catch (BackendException problem) {
            outcome.addClassName("not-saved");
            outcome.add(new Paragraph(problem.problem().friendlyMessage() + " What you typed is still here."));
            return;
        }
        if (answer.conflict()) {
            showConflict(answer, edited);
        } else if (!answer.userErrors().isEmpty()) {
            outcome.addClassName("not-saved");
            outcome.add(new Paragraph("Nothing was saved. Please check what is marked."));
            form.showProblems("There is a problem", answer.userErrors().stream()
                    .filter(error -> error.field() != null && error.field().startsWith(edit.path()))
                    .map(error -> new DraftModel.Problem(error.field().substring(edit.path().length()), error.message(), error.code()))
                    .toList());
            answer.userErrors().stream().filter(error -> error.field() == null || !error.field().startsWith(edit.path()))
                    .forEach(error -> outcome.add(new Paragraph(error.message())));
            form.focusSummary();
        } else {
            int toFix = answer.draft().problemsUnder(edit.path()).size();
            SavedMessage.set("Saved “" + edited.title() + "” to the draft." + (toFix == 0 ? ""
                    : " It has " + toFix + (toFix == 1 ? " thing" : " things") + " to fix before you can publish."));
            getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class));
        }
    }

    /**
     * Someone saved the draft since this page read it: nothing was written. What this admin typed stays; they may
     * put this one entitlement into the latest draft (everything else stays as the other person saved it).
     */
    private void showConflict(Outcome answer, EntitlementInput edited) {
        outcome.addClassName("not-saved");
        String message = answer.userErrors().stream().filter(error -> "CONFLICT".equals(error.code()))
                .map(DraftModel.Problem::message).findFirst().orElse("");
        var intoLatest = new Button("Save mine into the latest draft", click -> {
            try {
                draft = answer.draft() != null ? answer.draft() : authoring.draft().orElseThrow();
            } catch (BackendException problem) {
                outcome.add(new Paragraph(problem.problem().friendlyMessage()));
                return;
            }
            send(DraftEdits.withEntitlement(DraftEdits.unchanged(draft), originalKey, form.area(), edited), edited);
        });
        intoLatest.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(intoLatest, new RouterLink("Leave mine and see the latest draft", OfferEditorView.class));
        buttons.addClassName("buttons");
        outcome.add(new H2("Not saved: someone else saved the draft while you were writing"), new Paragraph(message),
                new Paragraph("What you typed is still below. Saving it into the latest draft changes only this "
                        + "entitlement; everything else stays as they saved it."), buttons);
        outcome.scrollIntoView();
    }

    private void confirmRemoval(Item item) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Remove “" + item.title() + "”?");
        confirm.setText("It goes from the draft now. Young people keep seeing it until you publish, and earlier "
                + "versions keep it in the history.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Remove it");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                Outcome answer = authoring.save(DraftEdits.without(DraftEdits.unchanged(draft), item.key()));
                if (answer.userErrors().isEmpty()) {
                    SavedMessage.set("Removed “" + item.title() + "” from the draft.");
                    getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class));
                } else {
                    outcome.addClassName("not-saved");
                    answer.userErrors().forEach(error -> outcome.add(new Paragraph(error.message())));
                }
            } catch (BackendException problem) {
                outcome.add(new Paragraph(problem.problem().friendlyMessage()));
            }
        });
        confirm.open();
    }
}
