package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.Action;
import app.onward.portal.challenge.ChallengeModel.Challenge;
import app.onward.portal.challenge.ChallengeModel.Payload;
import app.onward.portal.challenge.ChallengeTerms.Status;
import app.onward.portal.challenge.ChallengeTerms.Step;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One challenge: what young people said and asked, who answers and by when, the response and its actions, the
 * public "you said, we did", the conversation and the history; and a button for exactly each step the backend says
 * this person may take now ({@code stepsForMe}). Every step sends the version the page was showing: when someone
 * else acted first the backend refuses it, and the page says what happened since and keeps what was typed.
 * The address carries only the challenge's id, and the title names nothing.
 */
@Route(value = "staff/challenges/:id", layout = StaffLayout.class)
@PageTitle("Youth Voice challenge – Onward")
@RolesAllowed({"YOUTH_VOICE_WORKER", "LEADER"})
@StyleSheet("challenges.css")
public class ChallengeView extends Div implements BeforeEnterObserver {

    /** What the page arrived from said ("Challenge submitted."), shown once on arrival. */
    private static final String ARRIVAL_MESSAGE = ChallengeView.class.getName() + ".arrival";

    /** Steps only the answerer is ever offered (challenge.graphqls, the lifecycle in its header). */
    private static final Set<Step> ANSWERERS_STEPS = EnumSet.of(Step.ACKNOWLEDGE, Step.RESPOND,
            Step.MARK_ACTIONS_DONE, Step.DRAFT_YOU_SAID_WE_DID, Step.PUBLISH_YOU_SAID_WE_DID,
            Step.WITHDRAW_YOU_SAID_WE_DID);

    private final Challenges challenges;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div status = new Div();
    private final ConflictNotice conflict = new ConflictNotice();
    private final ErrorSummary stepErrors = new ErrorSummary();
    private final Div page = new Div();
    private final Conversation conversation = new Conversation(this::sendMessage);
    private Challenge shown;
    /** The steps that need words, each form kept from when it is first shown until its step is taken. */
    private final Map<Step, StepForm> forms = new EnumMap<>(Step.class);

    ChallengeView(Challenges challenges, CurrentUser currentUser, Clock clock) {
        this.challenges = challenges;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("challenge-page");
        status.addClassName("status-area");
        status.getElement().setAttribute("role", "status");
    }

    /** For the page that sends the user here: a message the challenge's page shows once, on arrival. */
    static void sayOnArrival(String message) {
        ComponentUtil.setData(UI.getCurrent(), ARRIVAL_MESSAGE, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        try {
            challenges.find(id).ifPresentOrElse(found -> {
                add(page);
                show(found);
                sayArrivalMessage(event.getUI());
            }, () -> add(new ProblemMessage("We could not find this challenge",
                    "There is no such challenge, or it is not one you may open.", "Back to the challenges",
                    "/staff/challenges")));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/challenges/" + id));
        }
    }

    private void sayArrivalMessage(UI ui) {
        Object message = ComponentUtil.getData(ui, ARRIVAL_MESSAGE);
        if (message != null) {
            ComponentUtil.setData(ui, ARRIVAL_MESSAGE, null);
            say(message.toString());
        }
    }

    private void show(Challenge challenge) {
        shown = challenge;
        page.removeAll();
        var heading = new H1(challenge.title());
        page.add(heading, ChallengeSections.lead(challenge), status, conflict, stepErrors);
        Div steps = steps(challenge);
        boolean keptUnsent = steps.getChildren().count() > 2; // beyond the heading and the buttons
        if (!challenge.stepsForMe().isEmpty() || keptUnsent) {
            page.add(steps);
        }
        conversation.show(challenge.messages(), challenge.status() != Status.CLOSED);
        page.add(ChallengeSections.quotes(challenge),
                ChallengeSections.whoAndWhen(challenge),
                ChallengeSections.response(challenge, markDoneButton(challenge)),
                ChallengeSections.youSaidWeDid(challenge, currentUser.me().authority().slug()),
                conversation,
                ChallengeSections.history(challenge.history()));
    }

    /**
     * "What you can do now": one button or short form for each of {@code stepsForMe}, in the lifecycle's order; and
     * any form with words typed in it whose step is no longer offered, kept so the words are not lost.
     */
    private Div steps(Challenge challenge) {
        var steps = new ChallengeSection(challenge.stepsForMe().isEmpty() ? "What you typed, not sent"
                : "What you can do now");
        steps.addClassName("challenge-steps");
        var buttons = new Div();
        buttons.addClassName("record-actions");
        steps.add(buttons);
        for (Step step : Step.values()) {
            if (!challenge.may(step)) {
                continue;
            }
            switch (step) {
                case RESPOND, SEND_BACK, DRAFT_YOU_SAID_WE_DID -> steps.add(form(step, challenge));
                default -> {
                    var button = new Button(step.words(), click -> take(step, stepInput(), stepErrors, Map.of()));
                    if (step != Step.WITHDRAW_YOU_SAID_WE_DID) {
                        button.addThemeVariants(ButtonVariant.PRIMARY);
                    }
                    buttons.add(button);
                }
            }
        }
        forms.forEach((step, form) -> {
            boolean offered = challenge.may(step);
            form.offered(offered);
            if (!offered && form.typedSomething()) {
                steps.add(form);
            }
        });
        return steps;
    }

    private StepForm form(Step step, Challenge challenge) {
        Consumer<StepForm> send = form -> {
            if (form.errors.show(form.missing(), form.fields())) {
                take(step, form.input(shown.id(), shown.version()), form.errors, form.fields());
            }
        };
        return forms.computeIfAbsent(step, needed -> switch (needed) {
            case RESPOND -> new RespondForm(today(), send);
            case SEND_BACK -> new SendBackForm(send);
            case DRAFT_YOU_SAID_WE_DID -> new YouSaidWeDidForm(challenge.youSaidWeDid(), send);
            default -> throw new IllegalArgumentException(needed + " needs no form");
        });
    }

    /**
     * "Mark done" beside each action not yet done, once the actions are agreed, for the answerer only. The contract
     * has no step for it, so the page knows the answerer by the backend offering them one of the answerer's own
     * steps: once the actions are agreed the answerer always has one ("you said, we did", or marking them all done).
     */
    private Function<Action, Component> markDoneButton(Challenge challenge) {
        boolean answerer = challenge.stepsForMe().stream().anyMatch(ANSWERERS_STEPS::contains);
        if (challenge.status() != Status.ACTIONS_AGREED || !answerer) {
            return null;
        }
        return action -> {
            var button = new Button("Mark done", click -> markActionDone(action));
            button.setAriaLabel("Mark done: " + action.description());
            return button;
        };
    }

    private void markActionDone(Action action) {
        Map<String, Object> input = stepInput();
        input.put("actionId", action.id());
        input.put("doneOn", today().toString());
        handle(() -> challenges.mutate("completeChallengeAction", "CompleteChallengeActionInput", input),
                stepErrors, Map.of(), "Action marked done: " + action.description(), () -> { });
    }

    private void sendMessage(String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("challengeId", shown.id());
        input.put("body", body);
        handle(() -> challenges.mutate("addChallengeMessage", "AddChallengeMessageInput", input),
                conversation.errors, conversation.fields(), "Message sent.", conversation::sent);
    }

    private void take(Step step, Map<String, Object> input, ErrorSummary errors, Map<String, ? extends Component> fields) {
        handle(() -> challenges.mutate(step.mutation(), step.inputType(), input), errors, fields, step.done(),
                () -> forget(step));
    }

    /**
     * What every step's answer needs: a refusal because someone acted first says what happened since and shows the
     * challenge as it now is, keeping what was typed; problems with the input go beside their fields; success shows
     * the challenge as the backend now has it.
     */
    private void handle(Supplier<Payload> call, ErrorSummary errors,
                        Map<String, ? extends Component> fields, String done, Runnable onDone) {
        status.removeAll();
        conflict.clear();
        stepErrors.clear();
        errors.clear();
        Payload payload;
        try {
            payload = call.get();
        } catch (BackendException problem) {
            errors.problem(problem.problem().friendlyMessage());
            return;
        }
        if (payload.conflict()) {
            conflict.show(payload.userErrors().stream().filter(error -> "CONFLICT".equals(error.code())).toList());
            reload();
            return;
        }
        if (!errors.show(payload.userErrors(), fields) || payload.challenge() == null) {
            return;
        }
        onDone.run();
        show(payload.challenge());
        say(done);
        getUI().ifPresent(ChallengesChanged::fire);
    }

    private void reload() {
        try {
            challenges.find(shown.id()).ifPresent(this::show);
        } catch (BackendException problem) {
            stepErrors.problem(problem.problem().friendlyMessage());
        }
    }

    /** A step taken: its form starts afresh next time. */
    private void forget(Step step) {
        forms.remove(step);
    }

    private Map<String, Object> stepInput() {
        Map<String, Object> input = new HashMap<>();
        input.put("challengeId", shown.id());
        input.put("version", shown.version());
        return input;
    }

    private void say(String message) {
        status.removeAll();
        var saved = new Paragraph(message);
        saved.addClassName("saved-message");
        status.add(saved);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
