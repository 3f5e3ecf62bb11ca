package app.onward.portal.caseload;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Role;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.referral.MentalHealthSection;
import app.onward.portal.referral.Referrals;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A young person's record page. The address carries only the opaque GraphQL id. The page title names no one
 * (titles end up in browser history and on shared screens); the heading on the page does.
 */
@Route(value = "staff/young-people/:id", layout = StaffLayout.class)
@PageTitle("Young person’s record – Onward")
@RolesAllowed({"PERSONAL_ADVISER", "TEAM_MANAGER"})
public class YoungPersonView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final YoungPeople youngPeople;
    private final StayingChanges staying;
    private final Referrals referrals;
    private final Clock clock;
    private final StatusArea status = new StatusArea();
    private final Div record = new Div();
    private String id;

    YoungPersonView(CurrentUser currentUser, YoungPeople youngPeople, StayingChanges staying, Referrals referrals,
                    Clock clock) {
        this.currentUser = currentUser;
        this.youngPeople = youngPeople;
        this.staying = staying;
        this.referrals = referrals;
        this.clock = clock;
        addClassName("young-person-record");
    }

    /** Where the plan editor lives (app.onward.portal.pathwayplan), by the route both pages agree on. */
    static String planPath(String youngPersonId) {
        return "/staff/young-people/" + youngPersonId + "/plan";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        try {
            youngPeople.find(id).ifPresentOrElse(found -> {
                add(record);
                show(found);
            }, () -> add(new ProblemMessage("We could not find this young person",
                    "There is no such record, or it is not one you may open.", "Back to the caseload",
                    "/staff/caseload")));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/young-people/" + id));
        }
    }

    private void show(YoungPersonRecord found) {
        boolean manager = currentUser.me().roles().contains(Role.TEAM_MANAGER);
        record.removeAll();
        record.add(header(found), status, new ClocksSection(found.clocks()));
        List<Div> sections = new ArrayList<>();
        sections.add(new CorrectionsSection(youngPeople, found, this::answered));
        sections.add(new WhereTheyLiveSection(youngPeople, found, today(), this::changed));
        sections.add(new StayingSection(staying, found, today(), this::changed));
        sections.add(new MentalHealthSection(referrals, found.id(), found.name(), today(), status::say));
        sections.add(new ContactsSection(found));
        sections.add(new ChangesSection(found));
        sections.add(new ClaimsSection(found, currentUser.me().authority().slug()));
        sections.add(new DetailsSection(youngPeople, found, this::detailsSaved));
        sections.add(new AdviserSection(youngPeople, found, manager, today(), this::changed));
        sections.forEach(record::add);
    }

    private Div header(YoungPersonRecord found) {
        var summary = new Paragraph(summary(found));
        summary.addClassName("lead");
        var logContact = new Button("Log contact", click -> new LogContactDialog(youngPeople, found.id(),
                found.name(), today(), payload -> {
                    status.say(new ContactSaved(found.name(), payload));
                    show(payload.youngPerson());
                }).open());
        logContact.addThemeVariants(ButtonVariant.PRIMARY);
        var recordChange = new Button("Record a change", click -> new RecordChangeDialog(youngPeople, found.id(),
                found.name(), today(), payload -> {
                    status.say("Change of circumstances recorded. " + reviewNow(payload.youngPerson()));
                    show(payload.youngPerson());
                }).open());
        var plan = new Anchor(planPath(found.id()), "Pathway plan");
        plan.addClassName("plan-link");
        var actions = new Div(logContact, recordChange, plan);
        actions.addClassName("record-actions");
        var header = new Div(new H1(found.name()), summary, actions);
        header.addClassName("record-header");
        return header;
    }

    private static String summary(YoungPersonRecord found) {
        var parts = new ArrayList<String>();
        parts.add(found.age() + " years old");
        if (found.pronouns() != null && !found.pronouns().isBlank()) {
            parts.add(found.pronouns());
        }
        parts.add(found.category() == null ? "Category not recorded" : found.category().words());
        parts.add(found.personalAdviser() == null ? "No personal adviser yet"
                : "Personal adviser " + found.personalAdviser().name());
        return String.join(" · ", parts);
    }

    private static String reviewNow(YoungPersonRecord updated) {
        Clocks.Due review = updated.clocks().review();
        return review == null ? "" : "Plan review due " + Terms.date(review.dueOn()) + ".";
    }

    private void answered() {
        status.say("Your answer was sent.");
        try {
            youngPeople.find(id).ifPresent(this::show);
        } catch (BackendException problem) {
            status.say(problem.problem().friendlyMessage());
        }
    }

    private void detailsSaved(YoungPersonRecord updated) {
        status.say("Details saved.");
        show(updated);
    }

    private void changed(String message, YoungPersonRecord updated) {
        status.say(message);
        show(updated);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
