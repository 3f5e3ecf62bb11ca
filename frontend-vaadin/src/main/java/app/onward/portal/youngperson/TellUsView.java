package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.PlanModel.UserError;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.youngperson.MyModel.AdviserContact;
import app.onward.portal.youngperson.MyModel.ChangeKind;
import app.onward.portal.youngperson.MyModel.Mine;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Tell us something has changed, or something here is wrong": two clear choices, each a short form. A change
 * records a circumstance change; something wrong must be answered by the adviser. Either way the adviser is told,
 * and what the young person told us is listed with any answer.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my/tell-us", layout = YoungPersonLayout.class)
@PageTitle("Tell us – Onward")
@RolesAllowed("CARE_LEAVER")
public class TellUsView extends Div {

    private final MyRecord myRecord;
    private final Div form = new Div();
    private final Div confirmation = new Div();
    private final Div toldUs = new Div();
    private AdviserContact adviser;

    TellUsView(MyRecord myRecord) {
        this.myRecord = myRecord;
        addClassName("tell-us");
        confirmation.addClassName("confirmation");
        confirmation.getElement().setAttribute("role", "status");
        var changed = new Button("Something has changed", click -> showChangeForm());
        var wrong = new Button("Something here is wrong", click -> showWrongForm());
        for (Button choice : List.of(changed, wrong)) {
            choice.addThemeVariants(ButtonVariant.LARGE);
            choice.addClassName("big-button");
        }
        var choices = new Div(changed, wrong);
        choices.addClassName("choices");
        add(YoungPersonHomeView.backHome(), new H1("Tell us something"),
                new Paragraph("What do you want to tell us?"), choices, confirmation, form, toldUs);
        refreshToldUs();
    }

    private void showChangeForm() {
        confirmation.removeAll();
        form.removeAll();
        var kind = new RadioButtonGroup<ChangeKind>("What has changed?");
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(ChangeKind::inTheirWords);
        kind.addClassName("big-choices");
        var when = new DatePicker("When did it happen? You can leave this empty.");
        when.setLocale(Locale.UK);
        when.setMax(LocalDate.now());
        var more = new TextArea("Anything you want to tell us about it (you do not have to)");
        more.setWidthFull();
        var send = new Button("Tell my adviser", click -> {
            if (kind.getValue() == null) {
                kind.setErrorMessage("Choose what has changed");
                kind.setInvalid(true);
                return;
            }
            try {
                var payload = myRecord.somethingChanged(kind.getValue(), when.getValue(), more.getValue());
                done(payload.userErrors(), Map.of("kind", kind, "occurredOn", when, "description", more));
            } catch (BackendException problem) {
                confirmation.add(new Paragraph(problem.problem().friendlyMessage()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("big-button");
        form.add(new H2("Something has changed"), kind, when, more, send);
    }

    private void showWrongForm() {
        confirmation.removeAll();
        form.removeAll();
        var what = new TextArea("What is wrong? Tell us what it says and what it should say.");
        what.setWidthFull();
        what.setMinRows(3);
        var send = new Button("Send to my adviser", click -> {
            try {
                var payload = myRecord.somethingIsWrong(what.getValue());
                done(payload.userErrors(), Map.of("whatIsWrong", what));
            } catch (BackendException problem) {
                confirmation.add(new Paragraph(problem.problem().friendlyMessage()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("big-button");
        form.add(new H2("Something here is wrong"),
                new Paragraph("Your adviser has to answer you. Their answer will be on this page."), what, send);
    }

    private void done(List<UserError> errors, Map<String, HasValidation> fields) {
        confirmation.removeAll();
        fields.values().forEach(field -> field.setInvalid(false));
        if (errors.isEmpty()) {
            form.removeAll();
            confirmation.add(new Paragraph("Thank you. We have told " + AdviserCard.whoToAsk(adviser) + "."));
            refreshToldUs();
            return;
        }
        for (UserError error : errors) {
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                confirmation.add(new Paragraph(error.message()));
            }
        }
    }

    private void refreshToldUs() {
        toldUs.removeAll();
        try {
            Mine mine = myRecord.whatYouToldUs();
            adviser = mine.personalAdviser();
            toldUs.add(new WhatYouToldUs(mine));
        } catch (BackendException problem) {
            toldUs.add(ProblemMessage.of(problem, "/my/tell-us"));
        }
    }
}
