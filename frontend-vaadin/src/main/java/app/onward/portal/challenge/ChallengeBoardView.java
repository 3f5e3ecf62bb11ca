package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.ChallengeSummary;
import app.onward.portal.challenge.ChallengeModel.Page;
import app.onward.portal.challenge.ChallengeTerms.Status;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Role;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every challenge of the authority by where it is in its lifecycle: a column per status on a desktop, one under the
 * other on a phone. Overdue responses and overdue actions are flagged in words.
 */
@Route(value = "staff/challenges", layout = StaffLayout.class)
@PageTitle("Youth Voice challenges – Onward")
@RolesAllowed({"YOUTH_VOICE_WORKER", "LEADER"})
@StyleSheet("challenges.css")
public class ChallengeBoardView extends Div {

    ChallengeBoardView(Challenges challenges, CurrentUser currentUser) {
        addClassName("challenge-board-page");
        add(new H1("Youth Voice challenges"));
        try {
            add(links(currentUser));
            Page page = challenges.board();
            add(summary(page.challenges()));
            if (page.pageInfo() != null && page.pageInfo().hasNextPage()) {
                add(new Paragraph("Showing the newest " + Challenges.BOARD_SIZE + " challenges."));
            }
            add(board(page.challenges()));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/challenges"));
        }
    }

    private static Div links(CurrentUser currentUser) {
        var links = new Div();
        links.addClassName("record-actions");
        List<Role> roles = currentUser.me().roles();
        if (roles.contains(Role.YOUTH_VOICE_WORKER)) {
            links.add(new RouterLink("Raise a new challenge", SubmitChallengeView.class));
        }
        if (roles.contains(Role.LEADER)) {
            links.add(new RouterLink("Your inbox: challenges you must answer", ChallengeInboxView.class));
        }
        return links;
    }

    private static Paragraph summary(List<ChallengeSummary> challenges) {
        long open = challenges.stream().filter(challenge -> challenge.status() != Status.CLOSED).count();
        long overdue = challenges.stream().filter(ChallengeSummary::overdue).count();
        long lateActions = challenges.stream().mapToLong(ChallengeSummary::overdueActions).sum();
        var summary = new Paragraph(open + " open · " + overdue + " with the response overdue · "
                + lateActions + (lateActions == 1 ? " action" : " actions") + " overdue");
        summary.addClassName("lead");
        return summary;
    }

    private static Div board(List<ChallengeSummary> challenges) {
        Map<Status, List<ChallengeSummary>> byStatus = challenges.stream()
                .collect(Collectors.groupingBy(ChallengeSummary::status));
        var board = new Div();
        board.addClassName("challenge-board");
        for (Status status : Status.values()) {
            List<ChallengeSummary> here = byStatus.getOrDefault(status, List.of());
            var column = new Div();
            column.addClassName("challenge-column");
            column.getElement().setAttribute("role", "region");
            String headingId = "status-" + status.name().toLowerCase().replace('_', '-');
            column.getElement().setAttribute("aria-labelledby", headingId);
            var heading = new H2(status.words() + " (" + here.size() + ")");
            heading.setId(headingId);
            var waiting = new Paragraph(status.waitingFor());
            waiting.addClassName("hint");
            column.add(heading, waiting);
            if (here.isEmpty()) {
                column.add(new Paragraph("None."));
            } else {
                var list = new UnorderedList();
                list.addClassName("challenge-cards");
                here.forEach(challenge -> list.add(new ChallengeCard(challenge, false)));
                column.add(list);
            }
            board.add(column);
        }
        return board;
    }
}
