package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.ChallengeSummary;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** A leader's challenges to answer (named them, or a board they sit on), most urgent first as the backend orders them. */
@Route(value = "staff/challenges/inbox", layout = StaffLayout.class)
@PageTitle("Your challenge inbox – Onward")
@RolesAllowed("LEADER")
@StyleSheet("challenges.css")
public class ChallengeInboxView extends Div {

    ChallengeInboxView(Challenges challenges) {
        addClassName("challenge-inbox-page");
        add(new H1("Challenges you must answer"));
        try {
            List<ChallengeSummary> inbox = challenges.inbox();
            long overdue = inbox.stream().filter(ChallengeSummary::overdue).count();
            var lead = new Paragraph(inbox.isEmpty() ? "Nothing to answer at the moment."
                    : inbox.size() + (inbox.size() == 1 ? " challenge" : " challenges") + ", most urgent first"
                    + (overdue == 0 ? "." : "; " + overdue + " overdue."));
            lead.addClassName("lead");
            add(lead);
            if (!inbox.isEmpty()) {
                var list = new UnorderedList();
                list.addClassNames("challenge-cards", "challenge-inbox");
                inbox.forEach(challenge -> list.add(new ChallengeCard(challenge, true)));
                add(list);
            }
            add(new RouterLink("Every challenge, by status", ChallengeBoardView.class));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/challenges/inbox"));
        }
    }
}
