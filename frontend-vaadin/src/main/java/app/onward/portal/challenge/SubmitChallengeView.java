package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import app.onward.portal.challenge.ChallengeModel.Answerer;
import app.onward.portal.challenge.ChallengeModel.Payload;
import app.onward.portal.challenge.ChallengeModel.QuoteWarning;
import app.onward.portal.challenge.ChallengeTerms.Theme;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Youth Voice worker raises a challenge on young people's behalf: what it is about, what they said, what is
 * asked, and of whom. Warnings on the quotes (a name, a phone number…) show beside each quote as it is typed and
 * never block; problems with the input show beside their fields and in a summary above the form.
 */
@Route(value = "staff/challenges/new", layout = StaffLayout.class)
@PageTitle("Raise a challenge – Onward")
@RolesAllowed("YOUTH_VOICE_WORKER")
@StyleSheet("challenges.css")
public class SubmitChallengeView extends Div {

    private final Challenges challenges;
    private final Select<Theme> theme = new Select<>();
    private final TextField title = new TextField("Title");
    private final QuoteList quotes;
    private final TextArea ask = new TextArea("What do young people ask of the leader?");
    private final Select<Answerer> answerer = new Select<>();
    private final DatePicker responseDueOn = new DatePicker("Response due by");
    private final ErrorSummary errors = new ErrorSummary();
    private final Div quoteCheck = new Div();

    SubmitChallengeView(Challenges challenges, Clock clock) {
        this.challenges = challenges;
        this.quotes = new QuoteList(this::checkQuotes);
        addClassName("submit-challenge");
        add(new H1("Raise a challenge"));
        try {
            answerer.setItems(challenges.answerers());
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/challenges/new"));
            return;
        }
        var intro = new Paragraph("Put young people's challenge to a leader or to the corporate parenting board. "
                + "They must acknowledge it and respond, with actions, by the date below.");
        intro.addClassName("lead");

        theme.setLabel("What is it about?");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::words);
        theme.setPlaceholder("Choose a theme");
        title.setMaxLength(120);
        title.setHelperText("A short name everyone will know it by: “Damp in supported flats”. At most 120 characters.");
        ask.setMaxLength(2000);
        ask.setHelperText("What should change, or what do they want the leader to explain?");
        answerer.setLabel("Who must answer?");
        answerer.setItemLabelGenerator(Answerer::name);
        answerer.setPlaceholder("Choose a leader or the board");
        responseDueOn.setLocale(Locale.UK);
        responseDueOn.setWidth("min(100%, 24rem)");
        responseDueOn.setMin(LocalDate.now(clock));
        responseDueOn.setHelperText("Leave it empty for the usual time: 20 working days from today (the council's "
                + "working days, so bank holidays do not count).");
        for (var wide : List.of(title, ask)) {
            wide.setWidthFull();
        }
        theme.setWidthFull();
        answerer.setWidthFull();

        var checkQuotes = new Button("Check the quotes", click -> checkQuotes());
        quoteCheck.addClassName("hint");
        quoteCheck.getElement().setAttribute("role", "status");
        var quoteGroup = group("What young people said",
                hint("Each quote in its own box. Leave out names, phone numbers, emails and addresses: "
                        + "Onward warns you if it sees any, but it cannot see everything."),
                quotes, new Div(checkQuotes, quoteCheck));

        var submit = new Button("Submit the challenge", click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(submit);
        buttons.addClassName("form-buttons");
        add(intro, errors,
                group("The challenge", theme, title),
                quoteGroup,
                group("What is asked", ask),
                group("Who answers, and by when", answerer, responseDueOn),
                buttons);
    }

    private void checkQuotes() {
        try {
            List<QuoteWarning> warnings = challenges.checkQuotes(quotes.quotes());
            quotes.showWarnings(warnings);
            quoteCheck.setText(warnings.isEmpty() ? "No warnings on the quotes."
                    : warnings.size() == 1 ? "1 warning on the quotes: see beside the quote."
                    : warnings.size() + " warnings on the quotes: see beside each quote.");
        } catch (BackendException problem) {
            quoteCheck.setText("The quotes could not be checked just now: " + problem.problem().friendlyMessage());
        }
    }

    private void submit() {
        var input = new HashMap<String, Object>();
        input.put("theme", theme.getValue() == null ? null : theme.getValue().name());
        input.put("title", title.getValue().strip());
        input.put("quotes", quotes.quotes());
        input.put("ask", ask.getValue().strip());
        input.put("answererId", answerer.getValue() == null ? null : answerer.getValue().id());
        input.put("responseDueOn", responseDueOn.getValue() == null ? null : responseDueOn.getValue().toString());
        if (!requiredChosen()) {
            return;
        }
        try {
            Payload payload = challenges.mutate("submitChallenge", "SubmitChallengeInput", input);
            quotes.showWarnings(payload.warnings());
            if (errors.show(payload.userErrors(), fields()) && payload.challenge() != null) {
                ChallengeView.sayOnArrival("Challenge submitted and put to "
                        + ChallengeCard.answerer(payload.challenge().answerer()) + ".");
                getUI().ifPresent(ui -> ui.navigate(ChallengeView.class,
                        new RouteParameters("id", payload.challenge().id())));
            }
        } catch (BackendException problem) {
            errors.problem(problem.problem().friendlyMessage());
        }
    }

    /**
     * The contract makes the theme and the answerer non-null, so a request without them would be refused whole:
     * they are asked for here, in the same summary the backend's problems use.
     */
    private boolean requiredChosen() {
        var missing = new ArrayList<UserError>();
        if (theme.getValue() == null) {
            missing.add(new UserError("theme", "Choose what the challenge is about", "REQUIRED"));
        }
        if (answerer.getValue() == null) {
            missing.add(new UserError("answererId",
                    "Choose who must answer: a leader or the corporate parenting board", "REQUIRED"));
        }
        return errors.show(missing, fields());
    }

    private Map<String, Component> fields() {
        var fields = new LinkedHashMap<String, Component>();
        fields.put("theme", theme);
        fields.put("title", title);
        fields.putAll(quotes.fields());
        fields.put("ask", ask);
        fields.put("answererId", answerer);
        fields.put("responseDueOn", responseDueOn);
        return fields;
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

    private static Div group(String heading, Component... parts) {
        var group = new Div();
        group.addClassName("form-group");
        group.add(new H2(heading));
        group.add(parts);
        return group;
    }
}
