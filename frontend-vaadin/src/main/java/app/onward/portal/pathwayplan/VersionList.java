package app.onward.portal.pathwayplan;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.PlanModel.Comment;
import app.onward.portal.pathwayplan.PlanModel.Plan;
import app.onward.portal.pathwayplan.PlanModel.UserError;
import app.onward.portal.pathwayplan.PlanModel.Version;
import app.onward.portal.pathwayplan.PlanModel.VersionPayload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every version of the plan, newest first: who saved it when and why, whether it is signed off, shared or agreed,
 * and what the young person said about it. Team managers sign the latest version off; personal advisers share it
 * as a draft.
 */
class VersionList extends Div {

    /** What the signed-in member of staff may do to a version. */
    record Permissions(boolean signOff, boolean shareDraft) {}

    private final Plan plan;
    private final String youngPersonId;
    private final PathwayPlans plans;
    private final Permissions permissions;
    private final Runnable changed;

    VersionList(Plan plan, String youngPersonId, PathwayPlans plans, Permissions permissions, Runnable changed) {
        this.plan = plan;
        this.youngPersonId = youngPersonId;
        this.plans = plans;
        this.permissions = permissions;
        this.changed = changed;
        addClassName("versions");
        setId("versions");
        add(new H2("Versions"));
        plan.versions().forEach(version -> add(card(version)));
    }

    private Div card(Version version) {
        var card = new Div(new H3("Version " + version.number()),
                new Paragraph("Saved " + InWords.dayAndTime(version.savedAt()) + " by " + version.author().name()),
                new Paragraph(version.changeSummary()));
        card.addClassName("version");
        card.getElement().setAttribute("data-version", String.valueOf(version.number()));
        var states = states(version);
        if (!states.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("version-states");
            states.forEach(state -> list.add(new ListItem(state)));
            card.add(list);
        }
        card.add(comments(version.comments()));
        var messages = new Div();
        messages.addClassName("version-messages");
        messages.getElement().setAttribute("role", "status");
        card.add(buttons(version, messages), messages);
        return card;
    }

    private static List<String> states(Version version) {
        List<String> states = new ArrayList<>();
        if (version.signOff() != null) {
            states.add("Signed off by " + version.signOff().by().name() + " on " + InWords.day(version.signOff().at()));
        } else {
            states.add("Not signed off");
        }
        if (version.sharedWithYoungPerson()) {
            states.add("Shared with the young person");
        }
        if (version.agreedByYoungPersonAt() != null) {
            states.add("The young person agreed on " + InWords.day(version.agreedByYoungPersonAt()));
        }
        return states;
    }

    private static Div comments(List<Comment> comments) {
        var block = new Div();
        block.addClassName("version-comments");
        if (comments.isEmpty()) {
            return block;
        }
        block.add(new Paragraph("What the young person said:"));
        var list = new UnorderedList();
        comments.forEach(comment -> {
            var when = new Span(InWords.dayAndTime(comment.writtenAt()) + ": ");
            when.addClassName("hint");
            list.add(new ListItem(when, new Span(comment.body())));
        });
        block.add(list);
        return block;
    }

    private Div buttons(Version version, Div messages) {
        var buttons = new Div(new Button("Read version " + version.number(), click -> read(version.number())));
        buttons.addClassName("buttons");
        // Only the latest version may be signed off or shared (decision 0011): older words are superseded.
        boolean latest = version.number() == plan.latestVersionNumber();
        if (latest && permissions.signOff() && version.signOff() == null) {
            var signOff = new Button("Sign off version " + version.number(),
                    click -> act(messages, () -> plans.signOff(plan.id(), version.number())));
            signOff.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(signOff);
        }
        if (latest && permissions.shareDraft() && version.signOff() == null && !version.sharedWithYoungPerson()) {
            buttons.add(new Button("Share version " + version.number() + " with the young person",
                    click -> act(messages, () -> plans.shareDraft(plan.id(), version.number()))));
        }
        return buttons;
    }

    private void act(Div messages, Supplier<VersionPayload> action) {
        messages.removeAll();
        try {
            VersionPayload payload = action.get();
            if (payload.userErrors().isEmpty()) {
                changed.run();
            } else {
                payload.userErrors().stream().map(UserError::message).map(Paragraph::new).forEach(messages::add);
            }
        } catch (BackendException problem) {
            messages.add(new Paragraph(problem.problem().friendlyMessage()));
        }
    }

    private void read(int number) {
        try {
            plans.version(youngPersonId, number).ifPresent(version -> {
                var dialog = new Dialog();
                dialog.setHeaderTitle("Version " + number);
                dialog.add(new VersionReader(version));
                dialog.getFooter().add(new Button("Close", click -> dialog.close()));
                dialog.setWidth("min(56rem, 100vw)");
                dialog.open();
            });
        } catch (BackendException problem) {
            Paragraph message = new Paragraph(problem.problem().friendlyMessage());
            add(message);
        }
    }
}
