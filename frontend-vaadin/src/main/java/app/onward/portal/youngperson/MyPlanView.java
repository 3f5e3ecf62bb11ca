package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.InWords;
import app.onward.portal.pathwayplan.PlanModel.Comment;
import app.onward.portal.pathwayplan.PlanModel.UserError;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.youngperson.MyModel.AdviserContact;
import app.onward.portal.youngperson.MyModel.Mine;
import app.onward.portal.youngperson.MyModel.MyPlan;
import app.onward.portal.youngperson.MyModel.PlanPayload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.Supplier;

/**
 * A young person's pathway plan in their words: the latest signed-off version, or a draft their adviser shared
 * (marked as a draft). They can say they agree and leave comments; their adviser is told.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my/plan", layout = YoungPersonLayout.class)
@PageTitle("My plan – Onward")
@RolesAllowed("CARE_LEAVER")
public class MyPlanView extends Div {

    private final MyRecord myRecord;
    private final Div response = new Div();
    /** Staying put or staying close, for the accommodation part; null when none. */
    private MyModel.MyArrangement arrangement;

    MyPlanView(MyRecord myRecord) {
        this.myRecord = myRecord;
        addClassName("my-plan");
        response.addClassName("my-response");
        response.getElement().setAttribute("role", "status");
        try {
            Mine mine = myRecord.plan();
            arrangement = mine.myArrangement();
            show(mine.plan(), mine.personalAdviser());
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my/plan"));
        }
    }

    private void show(MyPlan plan, AdviserContact adviser) {
        removeAll();
        add(YoungPersonHomeView.backHome(), new H1("My plan"));
        if (plan == null) {
            add(new Paragraph("You do not have a plan to read yet. Your plan is written with you, and you can "
                    + "read it here once it is ready."),
                    new Paragraph("If you want to talk about your plan, ask " + AdviserCard.whoToAsk(adviser) + "."),
                    new AdviserCard(adviser));
            return;
        }
        var state = new Paragraph(plan.isDraft()
                ? "Draft — your adviser shared this before it is finished"
                : "Agreed and signed off on " + InWords.day(plan.signedOffOn()));
        state.addClassNames("my-plan-state", plan.isDraft() ? "draft" : "signed-off");
        add(state);
        plan.sections().forEach(section -> add(new PlanInPlainWords(section, arrangement)));
        add(agreement(plan), comments(plan), response);
    }

    private Div agreement(MyPlan plan) {
        var block = new Div(new H2("Do you agree with your plan?"));
        block.addClassName("my-agreement");
        if (plan.agreedAt() != null) {
            block.add(new Paragraph("You said you agree with this plan on " + InWords.day(plan.agreedAt()) + "."));
            return block;
        }
        var agree = new Button("I agree with my plan", click -> send(() -> myRecord.agree(plan.versionNumber()),
                "Thank you. Your adviser has been told that you agree.", null));
        agree.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        agree.addClassName("big-button");
        block.add(new Paragraph("If something is not right, say so in the box below instead."), agree);
        return block;
    }

    private Div comments(MyPlan plan) {
        var block = new Div(new H2("Tell your adviser what you think"));
        block.addClassName("my-comments");
        if (!plan.comments().isEmpty()) {
            var list = new UnorderedList();
            for (Comment comment : plan.comments()) {
                var when = new Span("You wrote on " + InWords.dayAndTime(comment.writtenAt()) + ": ");
                when.addClassName("hint");
                list.add(new ListItem(when, new Span(comment.body())));
            }
            block.add(list);
        }
        var box = new TextArea("Your comment about your plan");
        box.setWidthFull();
        box.setMinRows(3);
        var sendButton = new Button("Send my comment", click -> send(
                () -> myRecord.comment(plan.versionNumber(), box.getValue()),
                "Thank you. Your adviser has been told what you said.", box));
        sendButton.addClassName("big-button");
        block.add(box, sendButton);
        return block;
    }

    /** Shows the plan again as the backend now has it, or what was wrong next to the box it is about. */
    private void send(Supplier<PlanPayload> action, String thanks, TextArea box) {
        List<UserError> errors;
        try {
            errors = action.get().userErrors();
            if (errors.isEmpty()) {
                Mine mine = myRecord.plan();
                arrangement = mine.myArrangement();
                show(mine.plan(), mine.personalAdviser());
                response.removeAll();
                response.add(new Paragraph(thanks));
                return;
            }
        } catch (BackendException problem) {
            response.removeAll();
            response.add(new Paragraph(problem.problem().friendlyMessage()));
            return;
        }
        response.removeAll();
        for (UserError error : errors) {
            if (box != null && "comment".equals(error.field())) {
                box.setErrorMessage(error.message());
                box.setInvalid(true);
            } else {
                response.add(new Paragraph(error.message()));
            }
        }
    }
}
